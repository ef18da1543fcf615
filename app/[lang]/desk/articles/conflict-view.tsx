"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/control";
import type { ArticleFormValues } from "@/lib/articles/form-values";
import { mergeTexts } from "@/lib/autosave/queue";
import type { Messages } from "@/lib/i18n/messages";

interface Props {
  mine: ArticleFormValues;
  theirs: ArticleFormValues;
  messages: Messages["editor"];
  pending: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMerge: (body: string) => void;
}

const Version = ({ title, values, testId }: { title: string; values: ArticleFormValues; testId: string }) => (
  <div className="min-w-0 rounded border border-neutral-300 bg-white p-3">
    <h3 className="mb-2 text-sm font-medium text-neutral-600">{title}</h3>
    <div data-testid={testId} className="max-h-96 overflow-auto font-serif leading-7 whitespace-pre-wrap">
      <p className="font-bold">{values.headline}</p>
      {values.body}
    </div>
  </div>
);

/**
 * Someone else saved first. Nothing was overwritten: the person sees both
 * texts side by side and chooses, or edits a merge of the two.
 */
export function ConflictView({ mine, theirs, messages: m, pending, onKeepMine, onTakeTheirs, onMerge }: Props) {
  const id = useId();
  const [merged, setMerged] = useState(() => mergeTexts(mine.body, theirs.body));
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded border-2 border-red-700 bg-red-50 p-3" data-testid="conflict">
      <h2 id={`${id}-title`} className="font-semibold text-red-800">
        {m.conflictTitle}
      </h2>
      <p className="text-sm">{m.conflictIntro}</p>
      <div className="grid gap-3 md:grid-cols-2">
        <Version title={m.mine} values={mine} testId="conflict-mine" />
        <Version title={m.theirs} values={theirs} testId="conflict-theirs" />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={onKeepMine} size="sm" className="font-medium">
          {m.keepMine}
        </Button>
        <Button type="button" disabled={pending} onClick={onTakeTheirs} variant="secondary" size="sm" className="bg-white">
          {m.takeTheirs}
        </Button>
      </div>
      <div>
        <h3 className="text-sm font-medium">{m.mergeTitle}</h3>
        <label htmlFor={`${id}-merged`} className="text-sm">
          {m.mergeLabel}
        </label>
        <TextArea id={`${id}-merged`} value={merged} onChange={(e) => setMerged(e.target.value)} rows={10} aria-describedby={`${id}-hint`} className="font-serif leading-7" />
        <p id={`${id}-hint`} className="text-xs text-neutral-600">
          {m.mergeHint}
        </p>
        <Button type="button" disabled={pending || !merged.trim()} onClick={() => onMerge(merged)} size="sm" className="mt-2 font-medium">
          {m.merge}
        </Button>
      </div>
    </section>
  );
}

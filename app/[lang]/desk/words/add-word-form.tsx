"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { Input, Labelled, options, Select } from "@/components/ui/control";
import { FormSection } from "@/components/ui/section";
import { FormActions } from "@/components/ui/status";
import type { Messages } from "@/lib/i18n/messages";
import { WORD_CATEGORIES } from "@/lib/proofread/words/matcher";
import { addWordAction } from "./actions";
import { useWordAction } from "./use-word-action";

type WordMessages = Pick<Messages, "proofWords" | "proofread" | "validation">;

/** A new entry; what was typed stays in the form when it is refused. */
export function AddWordForm({ messages: m }: { messages: WordMessages }) {
  const w = m.proofWords;
  const form = useRef<HTMLFormElement>(null);
  const { pending, result, run } = useWordAction();
  const error = (field: string) => (result && !result.ok ? result.fieldErrors?.[field] : undefined);
  return (
    <FormSection
      ref={form}
      title={w.addTitle}
      action={(data) => run(() => addWordAction(Object.fromEntries(data)), (outcome) => outcome.ok && form.current?.reset())}
      className="text-sm"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Labelled label={w.term}>
          <Input name="term" required maxLength={50} aria-invalid={!!error("term")} />
        </Labelled>
        <Labelled label={w.category}>
          <Select name="category" items={options(WORD_CATEGORIES, m.proofread.categories)} />
        </Labelled>
        <Labelled label={w.replacement}>
          <Input name="replacement" maxLength={100} />
        </Labelled>
        <Labelled label={w.note}>
          <Input name="note" maxLength={500} />
        </Labelled>
      </div>
      <FormActions failed={result?.ok === false} status={result?.ok === false ? (error("term") ?? result.message) : result?.message}>
        <Button type="submit" disabled={pending}>
          {w.add}
        </Button>
      </FormActions>
    </FormSection>
  );
}

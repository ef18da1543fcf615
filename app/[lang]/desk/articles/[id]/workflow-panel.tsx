"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { Placement } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";
import type { TransitionName } from "@/lib/workflow/transitions";
import { publishArticle, retractArticle, returnArticle, submitArticle } from "../actions";
import { inputClass } from "../field";
import { useArticleVersion } from "../version-context";

interface Props {
  messages: Messages;
  article: { id: string; sectionId: string | null; placement: Placement };
  allowed: TransitionName[];
  sections: { id: string; name: string }[];
}

const PLACEMENTS: Placement[] = ["LEAD", "TOP", "STANDARD", "BRIEF"];

export function WorkflowPanel({ messages: m, article, allowed, sections }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<{ version: number }> | null>(null);
  const { version, setVersion } = useArticleVersion();
  if (allowed.length === 0) return null;

  const run = (action: (input: unknown) => Promise<ActionResult<{ version: number }>>, form: FormData) =>
    startTransition(async () => {
      const outcome = await action({ ...Object.fromEntries(form), id: article.id, version });
      setResult(outcome);
      if (outcome.ok) {
        setVersion(outcome.data.version);
        router.refresh();
      }
    });
  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors?.[name] : undefined);
  const button = "rounded px-4 py-2 font-medium disabled:opacity-60";

  return (
    <section aria-label={m.workflow.reviewTitle} className="space-y-4 rounded border border-neutral-300 bg-white p-4">
      {allowed.includes("submit") && (
        <form action={(form) => run(submitArticle, form)}>
          <button type="submit" disabled={pending} className={`${button} w-full bg-neutral-900 text-white`}>
            {m.actions.submit}
          </button>
        </form>
      )}
      {allowed.includes("publish") && (
        <form action={(form) => run(publishArticle, form)} className="space-y-2">
          <h2 className="font-medium">{m.workflow.publishTitle}</h2>
          <label className="block text-sm">
            {m.fields.section}
            <select name="sectionId" defaultValue={article.sectionId ?? ""} className={inputClass} aria-invalid={!!fieldError("sectionId")} aria-describedby="section-error">
              <option value="">{m.actions.chooseSection}</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <p id="section-error" className="text-sm text-red-700">
            {fieldError("sectionId")}
          </p>
          <label className="block text-sm">
            {m.fields.placement}
            <select name="placement" defaultValue={article.placement} className={inputClass}>
              {PLACEMENTS.map((p) => (
                <option key={p} value={p}>
                  {m.placements[p]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={pending} className={`${button} w-full bg-emerald-800 text-white`}>
            {m.actions.approvePublish}
          </button>
        </form>
      )}
      {allowed.includes("return") && (
        <form action={(form) => run(returnArticle, form)} className="space-y-2">
          <h2 className="font-medium">{m.workflow.returnTitle}</h2>
          <label className="block text-sm">
            {m.fields.note}
            <textarea name="note" rows={3} className={inputClass} aria-invalid={!!fieldError("note")} aria-describedby="note-error" />
          </label>
          <p id="note-error" className="text-sm text-red-700">
            {fieldError("note")}
          </p>
          <button type="submit" disabled={pending} className={`${button} w-full border border-red-700 text-red-800`}>
            {m.actions.returnToReporter}
          </button>
        </form>
      )}
      {allowed.includes("retract") && (
        <form action={(form) => run(retractArticle, form)} className="space-y-2">
          <h2 className="font-medium">{m.workflow.retractTitle}</h2>
          <label className="block text-sm">
            {m.fields.note}
            <textarea name="note" rows={3} className={inputClass} aria-invalid={!!fieldError("note")} aria-describedby="retract-note-error" />
          </label>
          <p id="retract-note-error" className="text-sm text-red-700">
            {fieldError("note")}
          </p>
          <button type="submit" disabled={pending} className={`${button} w-full border border-red-700 text-red-800`}>
            {m.actions.retract}
          </button>
        </form>
      )}
      <p role="status" aria-live="polite" className={result?.ok === false ? "text-sm text-red-700" : "text-sm text-emerald-800"}>
        {result?.message}
      </p>
    </section>
  );
}

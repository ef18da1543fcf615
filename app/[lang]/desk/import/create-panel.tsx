"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ZodError } from "zod";
import { cardToInput, type ImportCard } from "@/lib/import/edit";
import { fill, validationMessage, type Messages } from "@/lib/i18n/messages";
import { IMPORT_BATCH_SIZE, importInputSchema, type ImportInput } from "@/lib/validation/import";
import { Field, inputClass } from "../articles/field";
import { createImportBatch } from "./actions";

export interface SectionOption {
  id: string;
  name: string;
}

interface Props {
  messages: Messages;
  cards: ImportCard[];
  editionDate: string;
  canPublish: boolean;
  sections: SectionOption[];
  /** Field errors by path ("articles.0.headline") for the cards. */
  onErrors: (errors: Record<string, string>) => void;
  onPublished: (message: string) => void;
}

const button = "rounded px-4 py-2 font-medium disabled:opacity-60";

/** Create drafts, or (chief editors) publish the page into its edition, in batches. */
export function CreatePanel({ messages: m, cards, editionDate, canPublish, sections, onErrors, onPublished }: Props) {
  const router = useRouter();
  const [page, setPage] = useState({ number: "", name: "", sectionId: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  function showErrors(found: Record<string, string>) {
    setErrors(found);
    onErrors(found);
  }

  async function create(mode: "drafts" | "publish") {
    const input: ImportInput = {
      articles: cards.map(cardToInput),
      sectionId: mode === "publish" && page.sectionId ? page.sectionId : null,
      mode,
      edition: mode === "publish" ? { date: editionDate, pageNumber: page.number, pageName: page.name } : undefined,
    };
    // The whole page is checked before the first batch goes, so bad input
    // creates nothing; the server checks each batch again.
    const parsed = importInputSchema.safeParse(input);
    if (!parsed.success) {
      const found = errorsOf(parsed.error, m);
      showErrors(found);
      // "articles" (none left) has no field to highlight: say it outright.
      return setStatus({ ok: false, text: found.articles ?? found.form ?? m.errors.invalid_input });
    }
    showErrors({});
    setBusy(true);
    const total = input.articles.length;
    let done = 0;
    setStatus({ ok: true, text: fill(m.import.progress, { done, total }) });
    for (let first = 0; first < total; first += IMPORT_BATCH_SIZE) {
      const batch = { ...input, articles: input.articles.slice(first, first + IMPORT_BATCH_SIZE), firstIndex: first };
      const result = await createImportBatch(batch).catch(() => ({ ok: false as const, message: m.errors.unknown, fieldErrors: undefined }));
      if (!result.ok) {
        setBusy(false);
        showErrors(shift(result.fieldErrors ?? {}, first));
        const stopped = done > 0 ? ` ${fill(m.import.stoppedAfter, { done, total })}` : "";
        return setStatus({ ok: false, text: result.message + stopped });
      }
      done += result.data.created;
      setStatus({ ok: true, text: fill(m.import.progress, { done, total }) });
    }
    if (mode === "drafts") return router.push(`/desk?imported=${done}`);
    setBusy(false);
    onPublished(fill(m.import.published, { count: done, date: editionDate, page: Number(page.number) }));
  }

  return (
    <section aria-labelledby="import-create" className="space-y-4 rounded border border-neutral-300 p-4">
      <h2 id="import-create" className="text-lg font-semibold">
        {m.import.createTitle}
      </h2>
      <p className="text-sm text-neutral-700">{m.import.draftsHint}</p>
      <button type="button" disabled={busy} onClick={() => create("drafts")} className={`${button} bg-neutral-900 text-white`}>
        {m.import.createDrafts}
      </button>

      {canPublish && (
        <fieldset className="space-y-3 rounded border border-neutral-300 p-3">
          <legend className="px-1 font-medium">{m.import.archiveTitle}</legend>
          <p className="text-sm text-neutral-700">{m.import.archiveHint}</p>
          <p className="text-sm">
            {m.import.editionDate}: <span className="font-medium">{editionDate}</span>
            {errors["edition.date"] && <span className="ml-2 text-red-700">{errors["edition.date"]}</span>}
          </p>
          <div className="flex flex-wrap gap-3">
            <Field label={m.import.pageNumber} name="import.pageNumber" error={errors["edition.pageNumber"]}>
              {(props) => (
                <input {...props} type="number" min={1} max={999} value={page.number} onChange={(e) => setPage({ ...page, number: e.target.value })} className={`${inputClass} w-28`} />
              )}
            </Field>
            <Field label={m.import.pageName} name="import.pageName" error={errors["edition.pageName"]}>
              {(props) => <input {...props} value={page.name} onChange={(e) => setPage({ ...page, name: e.target.value })} className={inputClass} />}
            </Field>
            <Field label={m.fields.section} name="import.section" error={errors.sectionId}>
              {(props) => (
                <select {...props} value={page.sectionId} onChange={(e) => setPage({ ...page, sectionId: e.target.value })} className={inputClass}>
                  <option value="">{m.import.noSection}</option>
                  {sections.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <button type="button" disabled={busy} onClick={() => create("publish")} className={`${button} bg-red-800 text-white`}>
            {m.import.publish}
          </button>
        </fieldset>
      )}

      <p role="status" aria-live="polite" className={status?.ok === false ? "text-sm text-red-700" : "text-sm text-emerald-800"}>
        {status?.text}
      </p>
    </section>
  );
}

/** The first message per field path, in the reader's language. */
function errorsOf(error: ZodError, m: Messages): Record<string, string> {
  const found: Record<string, string> = {};
  for (const issue of error.issues) found[issue.path.join(".") || "form"] ??= validationMessage(m, issue.message);
  return found;
}

/** A batch's "articles.0.…" is article `first` of the page. */
function shift(errors: Record<string, string>, first: number): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [path.replace(/^articles\.(\d+)\./, (_, n: string) => `articles.${Number(n) + first}.`), message]),
  );
}

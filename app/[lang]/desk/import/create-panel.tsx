"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ZodError } from "zod";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/control";
import { Field } from "@/components/ui/field";
import { Panel } from "@/components/ui/section";
import { StatusMessage } from "@/components/ui/status";
import { fill, validationMessage } from "@/lib/i18n/messages";
import { cardToInput, type ImportCard } from "@/lib/import/edit";
import { IMPORT_BATCH_SIZE, importInputSchema, type ImportInput } from "@/lib/validation/import";
import { createImportBatch } from "./actions";
import type { ImportMessages } from "./messages";

export interface SectionOption {
  id: string;
  name: string;
}

interface Props {
  messages: ImportMessages;
  cards: ImportCard[];
  editionDate: string;
  canPublish: boolean;
  sections: SectionOption[];
  /** Field errors by path ("articles.0.headline") for the cards. */
  onErrors: (errors: Record<string, string>) => void;
  onPublished: (message: string) => void;
}

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
    <Panel title={m.import.createTitle} titleClassName="text-lg font-semibold" className="space-y-4 rounded border border-neutral-300 p-4">
      <p className="text-sm text-neutral-700">{m.import.draftsHint}</p>
      <Button type="button" disabled={busy} onClick={() => create("drafts")}>
        {m.import.createDrafts}
      </Button>

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
              {(props) => <Input {...props} type="number" min={1} max={999} value={page.number} onChange={(e) => setPage({ ...page, number: e.target.value })} className="w-28" />}
            </Field>
            <Field label={m.import.pageName} name="import.pageName" error={errors["edition.pageName"]}>
              {(props) => <Input {...props} value={page.name} onChange={(e) => setPage({ ...page, name: e.target.value })} />}
            </Field>
            <Field label={m.fields.section} name="import.section" error={errors.sectionId}>
              {(props) => <Select {...props} value={page.sectionId} onChange={(e) => setPage({ ...page, sectionId: e.target.value })} items={sections.map((s) => ({ value: s.id, label: s.name }))} empty={m.import.noSection} />}
            </Field>
          </div>
          <Button type="button" disabled={busy} onClick={() => create("publish")} variant="danger">
            {m.import.publish}
          </Button>
        </fieldset>
      )}

      <StatusMessage failed={status?.ok === false}>{status?.text}</StatusMessage>
    </Panel>
  );
}

/** The first message per field path, in the reader's language. */
function errorsOf(error: ZodError, m: ImportMessages): Record<string, string> {
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

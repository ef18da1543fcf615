"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/control";
import { Field } from "@/components/ui/field";
import { Fieldset, Panel } from "@/components/ui/section";
import { StatusMessage } from "@/components/ui/status";
import { fill, validationMessage } from "@/lib/i18n/messages";
import { deskPath, draftsJob, printedPages, publishJobs, type ImportJob, type PrintedPage } from "@/lib/import/desk-create";
import type { DeskPage } from "@/lib/import/desk-pages";
import { IMPORT_BATCH_SIZE, importInputSchema } from "@/lib/validation/import";
import { createImportBatch } from "./actions";
import type { ImportMessages } from "./messages";
import { pageTitle } from "./page-title";

export interface SectionOption {
  id: string;
  name: string;
}

interface Props {
  messages: ImportMessages;
  pages: DeskPage[];
  editionDate: string;
  canPublish: boolean;
  sections: SectionOption[];
  /** Field errors by path ("articles.0.headline", counted over all pages) for the cards. */
  onErrors: (errors: Record<string, string>) => void;
  onPublished: (message: string) => void;
}

/**
 * Create drafts, or (chief editors) publish the pages into their edition,
 * each under its own number and name (filled in from its header), in batches.
 */
export function CreatePanel({ messages: m, pages, editionDate, canPublish, sections, onErrors, onPublished }: Props) {
  const router = useRouter();
  const [printed, setPrinted] = useState<PrintedPage[]>(() => printedPages(pages));
  const [sectionId, setSectionId] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  function showErrors(found: Record<string, string>) {
    setErrors(found);
    onErrors(found);
  }

  async function create(mode: "drafts" | "publish") {
    const jobs = mode === "drafts" ? [draftsJob(pages)] : publishJobs(pages, editionDate, printed, sectionId || null);
    // Every page is checked before the first batch goes, so bad input
    // creates nothing; the server checks each batch again.
    const found = jobs.length === 0 ? { articles: validationMessage(m, "import_no_articles") } : errorsOf(jobs, m);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      // "articles" (none left) has no field to highlight: say it outright.
      return setStatus({ ok: false, text: found.articles ?? found.form ?? m.errors.invalid_input });
    }
    showErrors({});
    setBusy(true);
    const total = jobs.reduce((n, job) => n + job.input.articles.length, 0);
    let done = 0;
    setStatus({ ok: true, text: fill(m.import.progress, { done, total }) });
    for (const job of jobs) {
      const { articles } = job.input;
      // firstIndex counts within the page: its first article is its lead.
      for (let first = 0; first < articles.length; first += IMPORT_BATCH_SIZE) {
        const batch = { ...job.input, articles: articles.slice(first, first + IMPORT_BATCH_SIZE), firstIndex: first };
        const result = await createImportBatch(batch).catch(() => ({ ok: false as const, message: m.errors.unknown, fieldErrors: undefined }));
        if (!result.ok) {
          setBusy(false);
          showErrors(rekey(result.fieldErrors ?? {}, job, first));
          const stopped = done > 0 ? ` ${fill(m.import.stoppedAfter, { done, total })}` : "";
          return setStatus({ ok: false, text: result.message + stopped });
        }
        done += result.data.created;
        setStatus({ ok: true, text: fill(m.import.progress, { done, total }) });
      }
    }
    if (mode === "drafts") return router.push(`/desk?imported=${done}`);
    setBusy(false);
    const numbers = jobs.map((job) => Number(printed[job.page!]!.number));
    onPublished(
      numbers.length === 1
        ? fill(m.import.published, { count: done, date: editionDate, page: numbers[0]! })
        : fill(m.import.publishedPages, { count: done, date: editionDate, pages: numbers.join(m.import.listSeparator) }),
    );
  }

  const setNumber = (index: number, patch: Partial<PrintedPage>) =>
    setPrinted(printed.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  // Only pages with articles left are published; with one, no page title is needed.
  const publishing = pages.flatMap((page, index) => (page.cards.length > 0 ? [index] : []));

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
          {publishing.map((index) => {
            const row = (
              <div className="flex flex-wrap gap-3">
                <Field label={m.import.pageNumber} name={`import.pages.${index}.number`} error={errors[`pages.${index}.pageNumber`]}>
                  {(props) => <Input {...props} type="number" min={1} max={999} value={printed[index]!.number} onChange={(e) => setNumber(index, { number: e.target.value })} className="w-28" />}
                </Field>
                <Field label={m.import.pageName} name={`import.pages.${index}.name`} error={errors[`pages.${index}.pageName`]}>
                  {(props) => <Input {...props} value={printed[index]!.name} onChange={(e) => setNumber(index, { name: e.target.value })} />}
                </Field>
              </div>
            );
            return publishing.length === 1 ? <div key={index}>{row}</div> : <Fieldset key={index} legend={pageTitle(m, pages[index]!, index)}>{row}</Fieldset>;
          })}
          <Field label={m.fields.section} name="import.section" error={errors.sectionId}>
            {(props) => <Select {...props} value={sectionId} onChange={(e) => setSectionId(e.target.value)} items={sections.map((s) => ({ value: s.id, label: s.name }))} empty={m.import.noSection} />}
          </Field>
          <Button type="button" disabled={busy} onClick={() => create("publish")} variant="danger">
            {m.import.publish}
          </Button>
        </fieldset>
      )}

      <StatusMessage failed={status?.ok === false}>{status?.text}</StatusMessage>
    </Panel>
  );
}

/** The first message per field path over all jobs, in the reader's language, keyed as the desk shows them. */
function errorsOf(jobs: ImportJob[], m: ImportMessages): Record<string, string> {
  const found: Record<string, string> = {};
  for (const job of jobs) {
    const parsed = importInputSchema.safeParse(job.input);
    for (const issue of parsed.error?.issues ?? []) found[deskPath(issue.path.join("."), job)] ??= validationMessage(m, issue.message);
  }
  return found;
}

/** A batch's errors ("articles.0.…" is article `first` of its job) keyed as the desk shows them. */
function rekey(errors: Record<string, string>, job: ImportJob, first: number): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [deskPath(path, job, first), message]));
}

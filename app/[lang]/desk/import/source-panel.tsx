"use client";

import { useState, type ChangeEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { Field, inputClass } from "../articles/field";

// A scanned page's text is well under this; anything bigger is not one page.
const MAX_FILE_BYTES = 2 * 1024 * 1024;

interface Props {
  messages: Messages;
  text: string;
  onText: (text: string) => void;
  editionDate: string;
  onEditionDate: (date: string) => void;
  onAnalyse: () => void;
  notice: { ok: boolean; text: string } | null;
}

/** The page's text (pasted or from a file), its edition date, and Analyse. */
export function SourcePanel({ messages: m, text, onText, editionDate, onEditionDate, onAnalyse, notice }: Props) {
  const [fileError, setFileError] = useState<string | undefined>();

  function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(undefined);
    if (!file) return;
    // Checked before reading: the text already in the box stays as it was.
    if (file.size > MAX_FILE_BYTES) return setFileError(m.import.fileTooLarge);
    const reader = new FileReader();
    reader.onload = () => onText(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => setFileError(m.import.fileUnreadable);
    reader.readAsText(file, "utf-8");
  }

  return (
    <section aria-labelledby="import-source" className="space-y-3 lg:sticky lg:top-4">
      <h2 id="import-source" className="text-lg font-semibold">
        {m.import.sourceTitle}
      </h2>
      <div className="flex flex-wrap gap-4">
        <Field label={m.import.textFile} name="import.file" hint={m.import.fileHint} error={fileError}>
          {(props) => <input {...props} type="file" accept=".txt,text/plain" onChange={readFile} className="mt-1 block text-sm" />}
        </Field>
        <Field label={m.import.editionDate} name="import.editionDate">
          {(props) => (
            <input {...props} type="date" required value={editionDate} onChange={(e) => onEditionDate(e.target.value)} className={`${inputClass} max-w-48`} />
          )}
        </Field>
      </div>
      <Field label={m.import.pageText} name="import.text">
        {(props) => (
          <textarea {...props} value={text} onChange={(e) => onText(e.target.value)} rows={24} spellCheck={false} className={`${inputClass} font-mono text-sm leading-6`} />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <button type="button" onClick={onAnalyse} className="rounded bg-neutral-900 px-4 py-2 font-medium text-white">
          {m.import.analyse}
        </button>
        <p role="status" aria-live="polite" className={notice?.ok === false ? "text-sm text-red-700" : "text-sm text-emerald-800"}>
          {notice?.text}
        </p>
      </div>
    </section>
  );
}

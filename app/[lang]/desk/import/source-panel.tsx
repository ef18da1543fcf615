"use client";

import { useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, TextArea } from "@/components/ui/control";
import { Field } from "@/components/ui/field";
import { Panel } from "@/components/ui/section";
import { FormActions } from "@/components/ui/status";
import type { ImportMessages } from "./messages";

// A scanned page's text is well under this; anything bigger is not one page.
const MAX_FILE_BYTES = 2 * 1024 * 1024;

interface Props {
  messages: ImportMessages;
  text: string;
  onText: (text: string) => void;
  editionDate: string;
  onEditionDate: (date: string) => void;
  /** Fix the punctuation before analysing (lib/proofread fixPunctuation). */
  fixMarks: boolean;
  onFixMarks: (on: boolean) => void;
  onAnalyse: () => void;
  notice: { ok: boolean; text: string } | null;
}

/** The page's text (pasted or from a file), its edition date, and Analyse. */
export function SourcePanel({ messages: m, text, onText, editionDate, onEditionDate, fixMarks, onFixMarks, onAnalyse, notice }: Props) {
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
    <Panel title={m.import.sourceTitle} titleClassName="text-lg font-semibold" className="space-y-3 lg:sticky lg:top-4">
      <div className="flex flex-wrap gap-4">
        <Field label={m.import.textFile} name="import.file" hint={m.import.fileHint} error={fileError}>
          {(props) => <input {...props} type="file" accept=".txt,text/plain" onChange={readFile} className="mt-1 block text-sm" />}
        </Field>
        <Field label={m.import.editionDate} name="import.editionDate">
          {(props) => <Input {...props} type="date" required value={editionDate} onChange={(e) => onEditionDate(e.target.value)} className="max-w-48" />}
        </Field>
      </div>
      <Field label={m.import.pageText} name="import.text">
        {(props) => <TextArea {...props} value={text} onChange={(e) => onText(e.target.value)} rows={24} spellCheck={false} className="font-mono text-sm leading-6" />}
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={fixMarks} onChange={(e) => onFixMarks(e.target.checked)} />
        {m.import.fixPunctuation}
      </label>
      <FormActions failed={notice?.ok === false} status={notice?.text}>
        <Button type="button" onClick={onAnalyse}>{m.import.analyse}</Button>
      </FormActions>
    </Panel>
  );
}

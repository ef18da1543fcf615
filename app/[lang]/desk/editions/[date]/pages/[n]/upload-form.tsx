"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormSection } from "@/components/ui/section";
import { StatusMessage } from "@/components/ui/status";
import { fill, type Messages } from "@/lib/i18n/messages";

interface Props {
  messages: Messages["epaper"]["desk"];
  editionDate: string;
  number: number;
  /** The upload limit, for the hint. */
  mb: number;
}

type Answer = { ok: true; message: string } | { ok: false; message: string };

/** Sends the page's file to /api/pages with XMLHttpRequest, for its progress; reloads the page's data when it is in. */
export function UploadForm({ messages: m, editionDate, number, mb }: Props) {
  const router = useRouter();
  const hintId = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);

  const send = (form: HTMLFormElement) => {
    const data = new FormData(form);
    data.set("editionDate", editionDate);
    data.set("number", String(number));
    setAnswer(null);
    setProgress(0);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/pages");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => event.lengthComputable && setProgress(Math.round((event.loaded / event.total) * 100));
    const done = (result: Answer) => {
      setProgress(null);
      setAnswer(result);
      if (result.ok) {
        form.reset();
        router.refresh();
      }
    };
    xhr.onload = () => {
      const body = xhr.response as Answer | null;
      done(body && typeof body === "object" && "ok" in body ? body : { ok: false, message: m.uploadFailed });
    };
    xhr.onerror = () => done({ ok: false, message: m.uploadFailed });
    xhr.send(data);
  };

  return (
    <FormSection
      title={m.uploadTitle}
      onSubmit={(event) => {
        event.preventDefault();
        send(event.currentTarget);
      }}
    >
      <div>
        <label htmlFor="page-file" className="text-sm font-medium">
          {m.file}
        </label>
        <input id="page-file" name="file" type="file" required accept="application/pdf,image/jpeg,image/png" aria-describedby={hintId} className="mt-1 block text-sm" />
        <p id={hintId} className="mt-1 text-xs text-neutral-600">
          {fill(m.fileHint, { mb })}
        </p>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="several" />
        {m.several}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={progress !== null}>
          {m.upload}
        </Button>
        {progress !== null && (
          <>
            <progress max={100} value={progress} aria-label={m.uploading} className="w-40" />
            <span className="text-sm text-neutral-700">{m.uploading}</span>
          </>
        )}
        <StatusMessage failed={answer?.ok === false}>{answer?.message}</StatusMessage>
      </div>
    </FormSection>
  );
}

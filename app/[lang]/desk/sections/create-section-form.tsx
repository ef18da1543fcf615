"use client";

import { useRef } from "react";
import { StatusLine, useAdminAction } from "@/components/desk/admin-action";
import type { Messages } from "@/lib/i18n/messages";
import { Field, inputClass } from "../articles/field";
import { createSectionAction } from "./actions";

export function CreateSectionForm({ messages: m }: { messages: Messages["sections"] }) {
  const form = useRef<HTMLFormElement>(null);
  const { pending, result, run, fieldError } = useAdminAction();
  return (
    <form
      ref={form}
      action={(data) => run(() => createSectionAction(Object.fromEntries(data)), () => form.current?.reset())}
      aria-labelledby="create-section-title"
      className="space-y-3 rounded border border-neutral-300 bg-white p-4"
    >
      <h2 id="create-section-title" className="font-medium">
        {m.createTitle}
      </h2>
      <div className="flex flex-wrap gap-3">
        <Field label={m.slug} name="slug" hint={m.slugHint} error={fieldError("slug")}>
          {(props) => <input {...props} name="slug" required pattern="[a-z0-9\-]+" className={inputClass} />}
        </Field>
        <Field label={m.nameZh} name="nameZh" error={fieldError("nameZh")}>
          {(props) => <input {...props} name="nameZh" lang="zh-CN" required className={inputClass} />}
        </Field>
        <Field label={m.nameEn} name="nameEn" error={fieldError("nameEn")}>
          {(props) => <input {...props} name="nameEn" lang="en" required className={inputClass} />}
        </Field>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-neutral-900 px-4 py-2 font-medium text-white disabled:opacity-60">
          {m.create}
        </button>
        <StatusLine result={result} />
      </div>
    </form>
  );
}

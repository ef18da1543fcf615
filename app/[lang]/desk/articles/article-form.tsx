"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useFieldArray, useForm, type FieldPath } from "react-hook-form";
import type { Messages } from "@/lib/i18n/messages";
import { validationMessage } from "@/lib/i18n/messages";
import { articleFieldsSchema, type ArticleFields, type ArticleFieldsInput } from "@/lib/validation/article";
import { correctPublished, saveArticle } from "./actions";
import { Field, inputClass } from "./field";
import { useArticleVersion } from "./version-context";

interface Props {
  messages: Messages;
  initial: ArticleFieldsInput;
  /** Absent for a new article; its version comes from the VersionProvider. */
  article?: { id: string };
  saveLabel: string;
  /** A published article: saving publishes a correction with a public note (更正). */
  correction?: boolean;
}

const ROLES = ["REPORTER", "CORRESPONDENT", "PHOTOGRAPHER"] as const;
const CREDITS = ["TEXT", "PHOTO", "TEXT_AND_PHOTO"] as const;

export function ArticleForm({ messages: m, initial, article, saveLabel, correction = false }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [correctionNote, setCorrectionNote] = useState("");
  const [noteError, setNoteError] = useState<string>();
  const { version, setVersion } = useArticleVersion();
  const form = useForm<ArticleFieldsInput, unknown, ArticleFields>({ resolver: zodResolver(articleFieldsSchema), defaultValues: initial });
  const { register, control, handleSubmit, formState, setError } = form;
  const contributors = useFieldArray({ control, name: "contributors" });
  const error = (name: FieldPath<ArticleFieldsInput>) => {
    const parts = name.split(".");
    let node: unknown = formState.errors;
    for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
    const message = (node as { message?: string } | undefined)?.message;
    return message ? validationMessage(m, message) : undefined;
  };

  const onSubmit = (fields: ArticleFields) =>
    startTransition(async () => {
      const result =
        correction && article
          ? await correctPublished({ ...fields, id: article.id, version, correctionNote })
          : await saveArticle({ ...fields, id: article?.id, version });
      setNoteError(!result.ok ? result.fieldErrors?.correctionNote : undefined);
      if (!result.ok) {
        setStatus({ ok: false, text: result.message });
        for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
          setError(name as FieldPath<ArticleFieldsInput>, { message });
        }
        return;
      }
      setStatus({ ok: true, text: result.message ?? m.results.saved });
      setVersion(result.data.version);
      if (!article) router.replace(`/desk/articles/${result.data.id}`);
      else router.refresh();
    });

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-3xl space-y-4">
      <Field label={m.fields.kicker} error={error("kicker")} name="kicker">
        {(props) => <input {...props} {...register("kicker")} className={inputClass} />}
      </Field>
      <Field label={m.fields.headline} error={error("headline")} name="headline">
        {(props) => <input {...props} {...register("headline")} className={`${inputClass} text-lg font-semibold`} />}
      </Field>
      <Field label={m.fields.subheadline} error={error("subheadline")} name="subheadline">
        {(props) => <input {...props} {...register("subheadline")} className={inputClass} />}
      </Field>
      <Field label={m.fields.dateline} error={error("dateline")} name="dateline">
        {(props) => <input {...props} {...register("dateline")} className={`${inputClass} max-w-xs`} />}
      </Field>

      <fieldset className="space-y-2 rounded border border-neutral-300 p-3">
        <legend className="px-1 text-sm font-medium">{m.fields.contributors}</legend>
        {contributors.fields.map((field, index) => (
          <div key={field.id} className="flex flex-wrap items-end gap-2">
            <Field label={m.fields.contributorName} error={error(`contributors.${index}.name`)} name={`contributors.${index}.name`}>
              {(props) => <input {...props} {...register(`contributors.${index}.name`)} className={inputClass} />}
            </Field>
            <Field label={m.fields.contributorRole} name={`contributors.${index}.role`}>
              {(props) => (
                <select {...props} {...register(`contributors.${index}.role`)} className={inputClass}>
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {m.contributorRoles[role]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={m.fields.contributorCredit} name={`contributors.${index}.credit`}>
              {(props) => (
                <select {...props} {...register(`contributors.${index}.credit`, { setValueAs: (v) => v || null })} className={inputClass}>
                  <option value="">{m.credits.none}</option>
                  {CREDITS.map((credit) => (
                    <option key={credit} value={credit}>
                      {m.credits[credit]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="button" onClick={() => contributors.remove(index)} className="mb-1 rounded px-2 py-1 text-sm text-neutral-700 hover:bg-neutral-200">
              {m.actions.removeContributor}
            </button>
          </div>
        ))}
        {error("contributors") && <p className="text-sm text-red-700">{error("contributors")}</p>}
        <button type="button" onClick={() => contributors.append({ name: "", role: "REPORTER", credit: "TEXT" })} className="rounded border border-neutral-400 px-3 py-1 text-sm hover:bg-neutral-100">
          {m.actions.addContributor}
        </button>
      </fieldset>

      <Field label={m.fields.summary} error={error("summary")} name="summary">
        {(props) => <textarea {...props} {...register("summary")} rows={2} className={inputClass} />}
      </Field>
      <Field label={m.fields.body} error={error("body")} name="body" hint={m.fields.bodyHint}>
        {(props) => <textarea {...props} {...register("body")} rows={16} className={`${inputClass} font-serif leading-7`} />}
      </Field>

      {correction && (
        <Field label={m.fields.correctionNote} name="correctionNote" error={noteError}>
          {(props) => <textarea {...props} value={correctionNote} onChange={(e) => setCorrectionNote(e.target.value)} rows={2} className={inputClass} />}
        </Field>
      )}
      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending} className="rounded bg-neutral-900 px-4 py-2 font-medium text-white disabled:opacity-60">
          {pending ? m.actions.working : saveLabel}
        </button>
        <p role="status" aria-live="polite" className={status?.ok === false ? "text-sm text-red-700" : "text-sm text-emerald-800"}>
          {status?.text}
        </p>
      </div>
    </form>
  );
}

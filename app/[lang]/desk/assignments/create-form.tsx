"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { Role } from "@/lib/generated/prisma/enums";
import { fill, type Messages } from "@/lib/i18n/messages";
import { Field, inputClass } from "../articles/field";
import { createAssignmentAction } from "./actions";

interface Props {
  messages: Messages;
  sections: { id: string; name: string }[];
  staff: { id: string; name: string; role: Role }[];
  timeZone: string;
}

export function CreateAssignmentForm({ messages: m, sections, staff, timeZone }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<{ id: string }> | null>(null);
  const error = (name: string) => (result && !result.ok ? result.fieldErrors?.[name] : undefined);
  const a = m.assignments;
  const roles = [...new Set(staff.map((s) => s.role))];

  // onSubmit rather than a form action: React resets a form after its action,
  // and a refused form must keep what the editor typed.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = Object.fromEntries(new FormData(form));
    startTransition(async () => {
      const outcome = await createAssignmentAction(fields);
      setResult(outcome);
      if (outcome.ok) {
        form.reset();
        router.refresh();
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-assignment" className="max-w-3xl space-y-3 rounded border border-neutral-300 bg-white p-4">
      <h2 id="new-assignment" className="font-medium">
        {a.createTitle}
      </h2>
      <Field label={a.fieldTitle} name="title" error={error("title")}>
        {(props) => <input {...props} name="title" className={inputClass} />}
      </Field>
      <Field label={a.brief} name="brief" error={error("brief")}>
        {(props) => <textarea {...props} name="brief" rows={3} className={inputClass} />}
      </Field>
      <div className="flex flex-wrap gap-3">
        <Field label={a.section} name="sectionId" error={error("sectionId")}>
          {(props) => (
            <select {...props} name="sectionId" defaultValue="" className={inputClass}>
              <option value="">{a.noSection}</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={a.reporter} name="reporterId" error={error("reporterId")}>
          {(props) => (
            <select {...props} name="reporterId" defaultValue="" className={inputClass}>
              <option value="">{a.chooseReporter}</option>
              {roles.map((role) => (
                <optgroup key={role} label={m.roles[role]}>
                  {staff.filter((s) => s.role === role).map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap gap-3">
        <Field label={a.deadline} name="deadline" error={error("deadline")} hint={fill(a.deadlineHint, { zone: timeZone })}>
          {(props) => <input {...props} type="datetime-local" name="deadline" className={inputClass} />}
        </Field>
        <Field label={a.edition} name="editionDate" error={error("editionDate")}>
          {(props) => <input {...props} type="date" name="editionDate" className={inputClass} />}
        </Field>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-neutral-900 px-4 py-2 font-medium text-white disabled:opacity-60">
          {pending ? m.actions.working : a.create}
        </button>
        <p role="status" aria-live="polite" className={result?.ok === false ? "text-sm text-red-700" : "text-sm text-emerald-800"}>
          {result?.message}
        </p>
      </div>
    </form>
  );
}

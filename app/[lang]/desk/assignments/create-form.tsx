"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Options, Select, TextArea } from "@/components/ui/control";
import { Field } from "@/components/ui/field";
import { FormSection } from "@/components/ui/section";
import { FormActions } from "@/components/ui/status";
import type { ActionResult } from "@/lib/actions/result";
import type { Role } from "@/lib/generated/prisma/enums";
import { fill, type Messages } from "@/lib/i18n/messages";
import { createAssignmentAction } from "./actions";

interface Props {
  messages: Pick<Messages, "assignments" | "roles" | "actions">;
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
    <FormSection title={a.createTitle} onSubmit={submit} noValidate className="max-w-3xl">
      <Field label={a.fieldTitle} name="title" error={error("title")}>
        {(props) => <Input {...props} name="title" />}
      </Field>
      <Field label={a.brief} name="brief" error={error("brief")}>
        {(props) => <TextArea {...props} name="brief" rows={3} />}
      </Field>
      <div className="flex flex-wrap gap-3">
        <Field label={a.section} name="sectionId" error={error("sectionId")}>
          {(props) => <Select {...props} name="sectionId" defaultValue="" items={sections.map((s) => ({ value: s.id, label: s.name }))} empty={a.noSection} />}
        </Field>
        <Field label={a.reporter} name="reporterId" error={error("reporterId")}>
          {(props) => (
            <Select {...props} name="reporterId" defaultValue="">
              <option value="">{a.chooseReporter}</option>
              {roles.map((role) => (
                <optgroup key={role} label={m.roles[role]}>
                  <Options items={staff.filter((s) => s.role === role).map((s) => ({ value: s.id, label: s.name }))} />
                </optgroup>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap gap-3">
        <Field label={a.deadline} name="deadline" error={error("deadline")} hint={fill(a.deadlineHint, { zone: timeZone })}>
          {(props) => <Input {...props} type="datetime-local" name="deadline" />}
        </Field>
        <Field label={a.edition} name="editionDate" error={error("editionDate")}>
          {(props) => <Input {...props} type="date" name="editionDate" />}
        </Field>
      </div>
      <FormActions failed={result?.ok === false} status={result?.message}>
        <Button type="submit" disabled={pending}>{pending ? m.actions.working : a.create}</Button>
      </FormActions>
    </FormSection>
  );
}

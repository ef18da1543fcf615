"use client";

import { useRef } from "react";
import { useDeskAction } from "@/components/desk/desk-action";
import { Button } from "@/components/ui/button";
import { Input, options, Select } from "@/components/ui/control";
import { Field } from "@/components/ui/field";
import { FormSection } from "@/components/ui/section";
import { FormActions } from "@/components/ui/status";
import { ROLES } from "@/lib/auth/roles";
import type { Messages } from "@/lib/i18n/messages";
import { createUserAction } from "./actions";

export function CreateUserForm({ messages: m }: { messages: Pick<Messages, "users" | "roles"> }) {
  const form = useRef<HTMLFormElement>(null);
  const { pending, result, run, fieldError } = useDeskAction();
  return (
    <FormSection ref={form} title={m.users.createTitle} action={(data) => run(() => createUserAction(Object.fromEntries(data)), () => form.current?.reset())}>
      <div className="flex flex-wrap gap-3">
        <Field label={m.users.email} name="email" error={fieldError("email")}>
          {(props) => <Input {...props} name="email" type="email" autoComplete="off" required />}
        </Field>
        <Field label={m.users.name} name="name" error={fieldError("name")}>
          {(props) => <Input {...props} name="name" required />}
        </Field>
        <Field label={m.users.role} name="role" error={fieldError("role")}>
          {(props) => <Select {...props} name="role" defaultValue="REPORTER" items={options(ROLES, m.roles)} />}
        </Field>
        <Field label={m.users.password} name="password" hint={m.users.passwordHint} error={fieldError("password")}>
          {(props) => <Input {...props} name="password" type="password" autoComplete="new-password" required />}
        </Field>
      </div>
      <FormActions failed={result?.ok === false} status={result?.message}>
        <Button type="submit" disabled={pending}>{m.users.create}</Button>
      </FormActions>
    </FormSection>
  );
}

"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/control";
import { Field } from "@/components/ui/field";
import { FormActions } from "@/components/ui/status";
import type { Messages } from "@/lib/i18n/messages";
import { changePassword, type PasswordState } from "./actions";

/** Current password, the new one twice; field errors beside their fields. */
export function PasswordForm({ messages: m }: { messages: Pick<Messages, "account" | "users"> }) {
  const [state, action, pending] = useActionState<PasswordState, FormData>(changePassword, {});
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} className="max-w-md space-y-3">
      <Field label={m.account.currentPassword} name="currentPassword" error={error("currentPassword")}>
        {(props) => <Input {...props} name="currentPassword" type="password" autoComplete="current-password" required />}
      </Field>
      <Field label={m.account.newPassword} name="newPassword" hint={m.users.passwordHint} error={error("newPassword")}>
        {(props) => <Input {...props} name="newPassword" type="password" autoComplete="new-password" required />}
      </Field>
      <Field label={m.account.confirmPassword} name="confirmPassword" error={error("confirmPassword")}>
        {(props) => <Input {...props} name="confirmPassword" type="password" autoComplete="new-password" required />}
      </Field>
      <FormActions failed={!!state.failed} status={state.message}>
        <Button type="submit" disabled={pending}>
          {m.account.submit}
        </Button>
      </FormActions>
    </form>
  );
}

"use client";

import { useRef } from "react";
import { ROLES } from "@/lib/auth/roles";
import type { Messages } from "@/lib/i18n/messages";
import { Field, inputClass } from "../articles/field";
import { createUserAction } from "./actions";
import { StatusLine, useAdminAction } from "@/components/desk/admin-action";

export function CreateUserForm({ messages: m }: { messages: Pick<Messages, "users" | "roles"> }) {
  const form = useRef<HTMLFormElement>(null);
  const { pending, result, run, fieldError } = useAdminAction();
  return (
    <form
      ref={form}
      action={(data) => run(() => createUserAction(Object.fromEntries(data)), () => form.current?.reset())}
      aria-labelledby="create-user-title"
      className="space-y-3 rounded border border-neutral-300 bg-white p-4"
    >
      <h2 id="create-user-title" className="font-medium">
        {m.users.createTitle}
      </h2>
      <div className="flex flex-wrap gap-3">
        <Field label={m.users.email} name="email" error={fieldError("email")}>
          {(props) => <input {...props} name="email" type="email" autoComplete="off" required className={inputClass} />}
        </Field>
        <Field label={m.users.name} name="name" error={fieldError("name")}>
          {(props) => <input {...props} name="name" required className={inputClass} />}
        </Field>
        <Field label={m.users.role} name="role" error={fieldError("role")}>
          {(props) => (
            <select {...props} name="role" defaultValue="REPORTER" className={inputClass}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {m.roles[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m.users.password} name="password" hint={m.users.passwordHint} error={fieldError("password")}>
          {(props) => <input {...props} name="password" type="password" autoComplete="new-password" required className={inputClass} />}
        </Field>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-neutral-900 px-4 py-2 font-medium text-white disabled:opacity-60">
          {m.users.create}
        </button>
        <StatusLine result={result} />
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { login, type LoginState } from "./actions";

export function LoginForm({ messages, callbackUrl }: { messages: Messages["login"]; callbackUrl: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  return (
    <form action={action} className="space-y-4" aria-describedby={state.message ? "login-error" : undefined}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label className="block">
        <span className="text-sm font-medium">{messages.email}</span>
        <input name="email" type="email" autoComplete="username" required defaultValue={state.email} className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" />
      </label>
      <label className="block">
        <span className="text-sm font-medium">{messages.password}</span>
        <input name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-neutral-400 px-3 py-2" />
      </label>
      <p id="login-error" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {state.message}
      </p>
      <button type="submit" disabled={pending} className="w-full rounded bg-neutral-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        {messages.submit}
      </button>
    </form>
  );
}

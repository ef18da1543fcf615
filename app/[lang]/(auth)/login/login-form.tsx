"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/control";
import type { Messages } from "@/lib/i18n/messages";
import { login, type LoginState } from "./actions";

export function LoginForm({ messages, callbackUrl }: { messages: Messages["login"]; callbackUrl: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  return (
    <form action={action} className="space-y-4" aria-describedby={state.message ? "login-error" : undefined}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label className="block">
        <span className="text-sm font-medium">{messages.email}</span>
        <Input name="email" type="email" autoComplete="username" required defaultValue={state.email} />
      </label>
      <label className="block">
        <span className="text-sm font-medium">{messages.password}</span>
        <Input name="password" type="password" autoComplete="current-password" required />
      </label>
      <p id="login-error" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {state.message}
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {messages.submit}
      </Button>
    </form>
  );
}

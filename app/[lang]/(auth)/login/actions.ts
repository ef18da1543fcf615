"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { signIn } from "@/lib/auth";
import { credentialsSchema } from "@/lib/auth/credentials";
import { signInRetryAfter } from "@/lib/auth/throttle";
import { getDb } from "@/lib/db";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";
import { clientAddress } from "@/lib/security/client-address";

export interface LoginState {
  message?: string;
  email?: string;
}

const safeCallback = (value: FormDataEntryValue | null) =>
  typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/desk";

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const m = messagesFor(await requestLocale());
  const email = String(formData.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) return { message: m.login.invalid, email };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallback(formData.get("callbackUrl")) });
  } catch (error) {
    // signIn redirects by throwing; only an AuthError means the sign-in failed.
    if (error instanceof AuthError) {
      // The attempt that crossed the limit, or one refused by it, says so.
      const throttled = (await signInRetryAfter(getDb(), parsed.data.email, clientAddress(await headers()))) > 0;
      return { message: throttled ? m.login.throttled : m.login.failed, email };
    }
    throw error;
  }
  return {};
}

"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { credentialsSchema } from "@/lib/auth/credentials";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";

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
      const throttled = (error as AuthError & { code?: string }).code === "throttled";
      return { message: throttled ? m.login.throttled : m.login.failed, email };
    }
    throw error;
  }
  return {};
}

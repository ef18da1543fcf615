"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { refusableAction } from "@/lib/admin/refusable-action";
import { signIn } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { changeOwnPassword } from "@/lib/users/passwords";
import { changePasswordSchema } from "@/lib/validation/users";

export interface PasswordState {
  message?: string;
  failed?: boolean;
  fieldErrors?: Record<string, string>;
}

// The one action a user whose password was reset may run.
const change = refusableAction(
  changePasswordSchema,
  async ({ actor, input, messages, origin }) => ({ data: await changeOwnPassword(getDb(), actor, input, origin), message: messages.account.changed }),
  { whilePasswordPending: true },
);

export async function changePassword(_previous: PasswordState, form: FormData): Promise<PasswordState> {
  const input = { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword"), confirmPassword: form.get("confirmPassword") };
  const result = await change(input);
  if (!result.ok) return { message: result.message, failed: true, fieldErrors: result.fieldErrors };
  // The change ended every session of the account, this one too: sign this
  // browser in again with the new password (outside the action wrapper, so
  // its redirect is not taken for an error).
  try {
    await signIn("credentials", { email: result.data.email, password: String(input.newPassword), redirectTo: "/desk/account?changed=1" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/login");
    throw error;
  }
  return {};
}

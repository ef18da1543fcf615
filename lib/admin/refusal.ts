// A refusal an administrator can act on ("that email is already in use"),
// as opposed to a generic error code. Domain functions throw it; the admin
// actions show its own sentence (lib/admin/refusable-action.ts).
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Messages } from "@/lib/i18n/messages";

export type RefusalReason =
  | "email_taken"
  | "own_account"
  | "user_not_found"
  | "slug_taken"
  | "section_not_found"
  | "not_locked"
  | "own_password"
  | "locked"
  | "wrong_password"
  | "same_password";

export class Refusal extends AppError {
  constructor(
    readonly reason: RefusalReason,
    /** The form field the refusal is about, if any. */
    readonly field?: string,
  ) {
    super("invalid_input", reason);
  }
}

/** A unique index refused the write: two admins did the same thing at once. */
export const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export const isRefusal = (error: unknown): error is Refusal => error instanceof Refusal;

export function refusalMessage(m: Messages, reason: RefusalReason): string {
  switch (reason) {
    case "email_taken":
      return m.users.emailTaken;
    case "own_account":
      return m.users.ownAccount;
    case "user_not_found":
      return m.users.notFound;
    case "slug_taken":
      return m.sections.slugTaken;
    case "section_not_found":
      return m.sections.notFound;
    case "not_locked":
      return m.userAccess.notLocked;
    case "own_password":
      return m.userAccess.ownPassword;
    case "locked":
      return m.login.throttled;
    case "wrong_password":
      return m.account.wrongPassword;
    case "same_password":
      return m.account.samePassword;
  }
}

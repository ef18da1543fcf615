import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { currentActor } from "@/lib/auth";
import type { Actor } from "@/lib/auth/policy";
import type { RequestOrigin } from "@/lib/audit/record";
import { isDatabaseDown } from "@/lib/database/errors";
import { isAppError, WordedRefusal, type ErrorCode } from "@/lib/errors";
import { messagesFor, validationMessage, type Messages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";
import { isRuleRefusal } from "@/lib/rule-refusal";
import { clientAddress } from "@/lib/security/client-address";
import { findNul } from "@/lib/validation/nul";
import type { ActionResult } from "./result";

interface Context<I> {
  actor: Actor;
  input: I;
  messages: Messages;
  /** Where the request came from, for the audit log. */
  origin: RequestOrigin;
}

type Handler<I, T> = (context: Context<I>) => Promise<{ data: T; message?: string }>;

export interface StaffActionOptions {
  /** Runs for a user whose password an admin reset (the change of password itself); every other action waits for the new one. */
  whilePasswordPending?: boolean;
}

/**
 * The first steps every server action shares: session → NUL check → zod
 * parse. The handler then authorises through the policy module (inside the
 * domain call) and revalidates. Errors become a translated sentence, never a
 * stack trace, with the code that says which refusal it was.
 */
export function staffAction<S extends z.ZodType, T>(schema: S, handler: Handler<z.output<S>, T>, options: StaffActionOptions = {}) {
  return async (raw: unknown): Promise<ActionResult<T>> => runStaffAction(schema, handler, raw, options);
}

/**
 * The same steps for a caller that is not a server action (the autosave
 * route): it adds only what HTTP needs around them. Reading the session
 * throws when the database is away, as it does for an action.
 */
export async function runStaffAction<S extends z.ZodType, T>(
  schema: S,
  handler: Handler<z.output<S>, T>,
  raw: unknown,
  options: StaffActionOptions = {},
): Promise<ActionResult<T>> {
  const messages = messagesFor(await requestLocale());
  const actor = await currentActor();
  if (!actor) return { ok: false, message: messages.errors.unauthenticated, code: "unauthenticated" };
  if (actor.mustChangePassword && !options.whilePasswordPending) {
    return { ok: false, message: messages.errors.password_change_required, code: "password_change_required" };
  }

  const nul = findNul(raw);
  if (nul) return { ok: false, message: messages.validation.text_nul, fieldErrors: { [nul]: messages.validation.text_nul }, code: "invalid_input" };

  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.join(".") || "form";
      fieldErrors[field] ??= validationMessage(messages, issue.message);
    }
    return { ok: false, message: messages.errors.invalid_input, fieldErrors, code: "invalid_input" };
  }

  try {
    const origin = { address: clientAddress(await headers()) };
    const { data, message } = await handler({ actor, input: parsed.data, messages, origin });
    return { ok: true, data, message };
  } catch (error) {
    const message = describeError(error, messages);
    // A refusal about one field (an opinion left out) marks that field too.
    const field = isRuleRefusal(error) ? error.field : undefined;
    return { ok: false, message, code: errorCode(error), ...(field ? { fieldErrors: { [field]: message } } : {}) };
  }
}

export function describeError(error: unknown, messages: Messages): string {
  if (error instanceof WordedRefusal) return error.describe(messages);
  // A domain refusal may name the validation message that explains it (e.g. photo_details_required).
  if (isAppError(error)) return (error.code === "invalid_input" && (messages.validation as Record<string, string>)[error.message]) || messages.errors[error.code];
  if (isDatabaseDown(error)) return messages.errors.database_unavailable;
  console.error("[action] unexpected error", error);
  return messages.errors.unknown;
}

/** Which refusal an error is; none for an error nobody expected. */
const errorCode = (error: unknown): ErrorCode | undefined => (isAppError(error) ? error.code : isDatabaseDown(error) ? "database_unavailable" : undefined);

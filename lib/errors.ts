// Typed errors with a code. Users see the translated sentence for the code
// (messages.errors[code]), never a stack trace.
import type { Messages } from "@/lib/i18n/messages/zh-CN";

export type ErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "invalid_transition"
  | "invalid_input"
  | "database_unavailable"
  | "password_change_required";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** The HTTP status a route handler answers for each code. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  invalid_input: 400,
  database_unavailable: 503,
  password_change_required: 403,
};

/**
 * A refusal that says more than its code can (which rounds are missing, how
 * many errors are open): it words itself from the reader's catalog, and the
 * action pipeline shows that sentence instead of the code's.
 */
export class WordedRefusal extends AppError {
  constructor(
    code: ErrorCode,
    reason: string,
    readonly describe: (messages: Messages) => string,
  ) {
    super(code, reason);
  }
}

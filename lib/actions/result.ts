import type { ErrorCode } from "@/lib/errors";

/** What every form action answers: the client shows `message` and `fieldErrors`; `code` lets it react (a conflict opens the conflict view). */
export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; code?: ErrorCode };

/** What every form action answers: the client shows `message` and `fieldErrors`. */
export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

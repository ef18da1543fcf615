// How the form's text reaches the server outside the Save button: the
// autosave route (a fetch while the page lives, a beacon as it is left).
import type { SendOutcome } from "@/lib/autosave/types";
import type { ArticleFields } from "@/lib/validation/article";

const url = (id: string) => `/api/articles/${encodeURIComponent(id)}/autosave`;

// Browsers give keepalive requests and beacons 64 KiB in all; a longer text
// stays on this device and is offered back on the next visit.
const KEEPALIVE_LIMIT = 60_000;
const bytes = (text: string) => new Blob([text]).size;

export async function postAutosave(id: string, fields: ArticleFields, version: number, options: { leaving?: boolean } = {}): Promise<SendOutcome> {
  const body = JSON.stringify({ ...fields, version });
  try {
    const response = await fetch(url(id), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      credentials: "same-origin",
      keepalive: options.leaving === true && bytes(body) < KEEPALIVE_LIMIT,
    });
    const data = (await response.json().catch(() => null)) as { ok?: boolean; version?: number; code?: string; message?: string } | null;
    if (response.ok && data?.ok && typeof data.version === "number") return { ok: true, id, version: data.version };
    if (data?.code === "conflict") return { ok: false, reason: "conflict" };
    // No answer of ours (a proxy's error page) or the database is away: try again later.
    if (!data || data.code === "database_unavailable" || response.status >= 500) return { ok: false, reason: "offline" };
    return { ok: false, reason: "refused", message: data.message ?? "" };
  } catch {
    return { ok: false, reason: "offline" };
  }
}

/** The last changes as the page is left; the answer is never seen (the copy on the device covers a failure). */
export function beaconAutosave(id: string, fields: ArticleFields, version: number): boolean {
  const body = JSON.stringify({ ...fields, version });
  if (bytes(body) >= KEEPALIVE_LIMIT || typeof navigator.sendBeacon !== "function") return false;
  return navigator.sendBeacon(url(id), new Blob([body], { type: "application/json" }));
}

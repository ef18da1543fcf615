import { currentActor } from "@/lib/auth";
import { updateArticle } from "@/lib/articles/save";
import { isSameOrigin } from "@/lib/autosave/origin";
import { AUTOSAVE_STATUSES } from "@/lib/autosave/states";
import { isDatabaseDown } from "@/lib/database/errors";
import { getDb } from "@/lib/db";
import { HTTP_STATUS, isAppError, type ErrorCode } from "@/lib/errors";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";
import { readLimited } from "@/lib/media/read-body";
import { isCrossSite } from "@/lib/security/same-origin";
import { autosaveSchema } from "@/lib/validation/article";
import { findNul } from "@/lib/validation/nul";

// Autosave is a route rather than a server action because the page sends
// its last changes with navigator.sendBeacon as it is left, and a beacon
// can only POST to a URL. Everything else is what an action does: session,
// zod, policy (inside updateArticle), version check.
// Answers { ok: true, version, savedAt } or { ok: false, code, message }.

// A 500 kB body document plus the rest of the fields.
const LIMIT = 1_200_000;

const STATUS = HTTP_STATUS;

export async function POST(request: Request, { params }: RouteContext<"/api/articles/[id]/autosave">) {
  const m = messagesFor(await requestLocale());
  const refuse = (code: ErrorCode) => Response.json({ ok: false, code, message: m.errors[code] }, { status: STATUS[code] });
  if (isCrossSite(request.method, request.headers)) return Response.json({ ok: false, code: "forbidden", message: m.errors.cross_site }, { status: 403 });
  // Stricter than other routes: the page always sends an Origin (fetch and sendBeacon both do).
  if (!isSameOrigin(request.headers)) return refuse("forbidden");
  // The session is checked against the database: with the database away
  // the answer is 503, and the page keeps the text on the device.
  const actor = await currentActor().catch((error: unknown) => {
    if (isDatabaseDown(error)) return "database_unavailable" as const;
    throw error;
  });
  if (actor === "database_unavailable") return refuse(actor);
  if (!actor) return refuse("unauthenticated");

  const bytes = await readLimited(request.body, LIMIT);
  if (!bytes) return Response.json({ ok: false, code: "invalid_input", message: m.errors.too_large }, { status: 413 });
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return refuse("invalid_input");
  }
  const parsed = autosaveSchema.safeParse(raw);
  if (!parsed.success || findNul(raw)) return refuse("invalid_input");

  const { id } = await params;
  // Ids are cuids; anything else (a NUL byte would make PostgreSQL fail) names no article.
  if (!/^[a-z0-9]{1,40}$/.test(id)) return refuse("not_found");
  const { version, ...fields } = parsed.data;
  try {
    // Drafts and review copies are not public: no cache to expire.
    const saved = await updateArticle(getDb(), actor, id, version, fields, { kind: "AUTOSAVE", onlyIn: AUTOSAVE_STATUSES });
    return Response.json({ ok: true, version: saved.version, savedAt: new Date().toISOString() });
  } catch (error) {
    if (isAppError(error)) return refuse(error.code);
    if (isDatabaseDown(error)) return refuse("database_unavailable");
    console.error("[autosave] failed", error);
    return Response.json({ ok: false, code: "unknown", message: m.errors.unknown }, { status: 500 });
  }
}

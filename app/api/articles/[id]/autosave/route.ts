import { runStaffAction } from "@/lib/actions/staff-action";
import { updateArticle } from "@/lib/articles/save";
import { AUTOSAVE_STATUSES } from "@/lib/autosave/states";
import { isDatabaseDown } from "@/lib/database/errors";
import { getDb } from "@/lib/db";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";
import { readLimited } from "@/lib/media/read-body";
import { crossSiteVerdict } from "@/lib/security/same-origin";
import { autosaveSchema } from "@/lib/validation/article";

// Autosave is a route rather than a server action because the page sends
// its last changes with navigator.sendBeacon as it is left, and a beacon
// can only POST to a URL. Past the origin check and the body, it is the Save
// button's pipeline (lib/actions/staff-action.ts): session, NUL check, zod,
// then the policy and version inside updateArticle.
// Answers { ok: true, version, savedAt } or { ok: false, code, message }.

// A 500 kB body document plus the rest of the fields.
const LIMIT = 1_200_000;

const refuse = (status: number, code: string, message: string) => Response.json({ ok: false, code, message }, { status });

export async function POST(request: Request, { params }: RouteContext<"/api/articles/[id]/autosave">) {
  const m = messagesFor(await requestLocale());
  // Stricter than other routes: the page always sends an Origin (fetch and sendBeacon both do).
  const origin = crossSiteVerdict(request.method, request.headers, { requireOrigin: true });
  if (origin !== "same-site") return refuse(403, "forbidden", origin === "no-origin" ? m.errors.forbidden : m.errors.cross_site);

  const bytes = await readLimited(request.body, LIMIT);
  if (!bytes) return refuse(413, "invalid_input", m.errors.too_large);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return refuse(400, "invalid_input", m.errors.invalid_input);
  }

  const { id } = await params;
  const result = await runStaffAction(
    autosaveSchema,
    async ({ actor, input: { version, ...fields } }) => {
      // Ids are cuids; anything else (a NUL byte would make PostgreSQL fail) names no article.
      if (!/^[a-z0-9]{1,40}$/.test(id)) throw new AppError("not_found");
      // Drafts and review copies are not public: no cache to expire.
      return { data: await updateArticle(getDb(), actor, id, version, fields, { kind: "AUTOSAVE", onlyIn: AUTOSAVE_STATUSES }) };
    },
    raw,
  ).catch((error: unknown) => {
    // The session is read from the database: with it away the answer is
    // 503, and the page keeps the text on the device.
    if (isDatabaseDown(error)) return { ok: false as const, code: "database_unavailable" as const, message: m.errors.database_unavailable };
    throw error;
  });

  if (result.ok) return Response.json({ ok: true, version: result.data.version, savedAt: new Date().toISOString() });
  return result.code ? refuse(HTTP_STATUS[result.code], result.code, result.message) : refuse(500, "unknown", result.message);
}

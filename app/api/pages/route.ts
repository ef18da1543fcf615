import { runStaffAction } from "@/lib/actions/staff-action";
import { currentActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { isDatabaseDown } from "@/lib/database/errors";
import { getDb } from "@/lib/db";
import { uploadPage } from "@/lib/epaper/upload";
import { HTTP_STATUS } from "@/lib/errors";
import { fill, messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";
import { mediaConfig } from "@/lib/media/config";
import { readLimited } from "@/lib/media/read-body";
import { mediaStorage } from "@/lib/media/storage";
import { publishChange } from "@/lib/publication";
import { isCrossSite } from "@/lib/security/same-origin";
import { pageUploadSchema } from "@/lib/validation/epaper";

// 数字报: a printed page's PDF (or scan), uploaded from the desk's page view.
// A route rather than a server action for the same reasons as photos
// (docs/decisions/0012): upload progress, and a file far over the actions'
// body limit. Past the body it is an action's pipeline (lib/actions):
// session, NUL check, zod, then the policy and the checks inside uploadPage.
// POST multipart: file, editionDate, number, several ("on" when the PDF's
// pages are this page and the ones after it). Answers { ok, pages, message }
// or { ok: false, code, message }.

// Room for the multipart boundaries and the fields around the file.
const FORM_OVERHEAD = 64 * 1024;

const refuse = (status: number, code: string, message: string) => Response.json({ ok: false, code, message }, { status });

export async function POST(request: Request) {
  const m = messagesFor(await requestLocale());
  if (isCrossSite(request.method, request.headers)) return refuse(403, "forbidden", m.errors.cross_site);
  // Who is asking is settled before a byte of a large body is read.
  const actor = await currentActor().catch((error: unknown) => {
    if (isDatabaseDown(error)) return "down" as const;
    throw error;
  });
  if (actor === "down") return refuse(503, "database_unavailable", m.errors.database_unavailable);
  if (!actor) return refuse(401, "unauthenticated", m.errors.unauthenticated);
  if (!can(actor, "page:manage")) return refuse(403, "forbidden", m.errors.forbidden);

  const { pageMaxBytes } = mediaConfig();
  const tooLarge = () => refuse(413, "invalid_input", m.validation.page_file_too_large);
  if (Number(request.headers.get("content-length") ?? 0) > pageMaxBytes + FORM_OVERHEAD) return tooLarge();
  const body = await readLimited(request.body, pageMaxBytes + FORM_OVERHEAD);
  if (!body) return tooLarge();
  const form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof File)) return refuse(400, "invalid_input", m.validation.page_file_missing);
  const fields = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string"));

  const result = await runStaffAction(
    pageUploadSchema,
    async ({ actor, input, messages }) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const pages = await uploadPage(getDb(), actor, { ...input, bytes, fileName: file.name }, { storage: mediaStorage(), maxBytes: pageMaxBytes });
      await publishChange(getDb(), { editions: [input.editionDate] });
      const found = pages.reduce((sum, p) => sum + p.found, 0);
      const missing = pages.reduce((sum, p) => sum + p.missing, 0);
      return { data: pages, message: fill(messages.epaper.desk.done, { count: pages.length, found, missing }) };
    },
    fields,
  ).catch((error: unknown) => {
    if (isDatabaseDown(error)) return { ok: false as const, code: "database_unavailable" as const, message: m.errors.database_unavailable };
    throw error;
  });

  if (result.ok) return Response.json({ ok: true, pages: result.data, message: result.message }, { status: 201 });
  return result.code ? refuse(result.code === "invalid_input" ? 422 : HTTP_STATUS[result.code], result.code, result.message) : refuse(500, "unknown", result.message);
}

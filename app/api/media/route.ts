import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { isDatabaseDown } from "@/lib/database/errors";
import { getDb } from "@/lib/db";
import { HTTP_STATUS, isAppError } from "@/lib/errors";
import { fill, messagesFor, validationMessage, type Messages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";
import { mediaConfig } from "@/lib/media/config";
import { isMediaError } from "@/lib/media/process";
import { readLimited } from "@/lib/media/read-body";
import { mediaStorage } from "@/lib/media/storage";
import { uploadMedia } from "@/lib/media/upload";
import { mediaUrl } from "@/lib/media/urls";
import { isCrossSite } from "@/lib/security/same-origin";
import { uploadFieldsSchema } from "@/lib/validation/media";

// A file upload is the one thing a server action does not do well (no
// progress events, a body limit for the whole app), hence a route.
// POST multipart: file, and optionally articleId (+ photoId of an existing
// slot) with caption, credit and alt. Answers { ok, id, width, height, url,
// photoId } or { ok: false, message } with a 4xx for anything the uploader sent wrong.

// Room for the multipart boundaries and the text fields around the file.
const FORM_OVERHEAD = 64 * 1024;

const STATUS = HTTP_STATUS;

export async function POST(request: Request) {
  const m = messagesFor(await requestLocale());
  const { maxBytes } = mediaConfig();
  const refuse = (status: number, message: string) => NextResponse.json({ ok: false, message }, { status });
  const mb = Math.floor(maxBytes / (1024 * 1024));

  if (isCrossSite(request.method, request.headers)) return refuse(403, m.errors.cross_site);
  const actor = await currentActor();
  if (!actor) return refuse(401, m.errors.unauthenticated);
  if (actor.mustChangePassword) return refuse(403, m.errors.password_change_required);
  if (!can(actor, "media:upload")) return refuse(403, m.errors.forbidden);

  // Refused unread when the declared length already says too much; a body
  // without one is counted as it arrives.
  const tooLarge = () => refuse(413, fill(m.media.errors.upload_too_large, { mb }));
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes + FORM_OVERHEAD) return tooLarge();
  const body = await readLimited(request.body, maxBytes + FORM_OVERHEAD);
  if (!body) return tooLarge();

  const form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof File) || file.size === 0) return refuse(400, m.media.errors[file instanceof File ? "upload_empty" : "upload_missing"]);
  const fields = uploadFieldsSchema.safeParse(Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string")));
  if (!fields.success) return refuse(400, validationMessage(m, fields.error.issues[0]?.message));

  try {
    const bytes = Buffer.from(await file.arrayBuffer());
    const media = await uploadMedia(getDb(), actor, { bytes, fileName: file.name, ...fields.data }, { storage: mediaStorage(), maxBytes });
    // No revalidation: only unpublished articles take pictures, and readers' caches hold live ones only.
    const thumbnail = media.variants[0]?.width ?? "original";
    return NextResponse.json({ ok: true, ...media, url: mediaUrl(media.id, thumbnail) }, { status: 201 });
  } catch (error) {
    return refuse(...describe(error, m, mb));
  }
}

function describe(error: unknown, m: Messages, mb: number): [number, string] {
  if (isMediaError(error)) return [error.code === "upload_too_large" ? 413 : 422, fill(m.media.errors[error.code], { mb })];
  if (isAppError(error)) {
    const named = error.code === "invalid_input" ? (m.validation as Record<string, string>)[error.message] : undefined;
    return [STATUS[error.code], named ?? m.errors[error.code]];
  }
  if (isDatabaseDown(error)) return [503, m.errors.database_unavailable];
  console.error("[media] upload failed", error);
  return [500, m.media.errors.upload_failed];
}

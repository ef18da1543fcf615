import { currentActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { findServableMedia, sizeFor } from "@/lib/media/access";
import { mediaStorage, objectKey } from "@/lib/media/storage";

// /media/<id>/<width|original>: one stored size of a picture. Readers get
// only pictures of live articles; anything else is a plain 404, so guessing
// ids tells nothing. proxy.ts leaves /media/ alone (no language rewrite).

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: RouteContext<"/media/[id]/[size]">) {
  const { id, size } = await params;
  if (!/^[a-z0-9]{1,40}$/.test(id)) return notFound();
  const media = await findServableMedia(getDb(), id, currentActor);
  const stored = media ? sizeFor(media, size) : null;
  if (!media || stored === null) return notFound();

  // A size of an upload never changes (a new picture is a new id), so caches may keep it for good.
  const etag = `"${id}-${size}"`;
  const headers = {
    // Staff-only pictures (drafts) must never sit in a shared cache.
    "Cache-Control": media.public ? "public, max-age=31536000, immutable" : "private, max-age=31536000, immutable",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

  const object = await mediaStorage().get(objectKey(media.key, stored));
  if (!object) return notFound();
  return new Response(new Uint8Array(object.bytes), {
    headers: { ...headers, "Content-Type": object.contentType, "Content-Length": String(object.bytes.length) },
  });
}

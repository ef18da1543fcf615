import { currentActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { fileFor, findServablePage } from "@/lib/epaper/access";
import { pageObjectKey } from "@/lib/epaper/files";
import { mediaStorage } from "@/lib/media/storage";

// /media/pages/<id>/<width|pdf>: a printed page's image at one width, or its
// PDF. Readers get a page once one of its stories is live; anything else is
// a plain 404, the same as an unknown id (app/media/[id]/[size] for photos).

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: RouteContext<"/media/pages/[id]/[file]">) {
  const { id, file } = await params;
  if (!/^[a-z0-9]{1,40}$/.test(id)) return notFound();
  const page = await findServablePage(getDb(), id, currentActor);
  const stored = page ? fileFor(page, file) : null;
  if (!page || stored === null) return notFound();

  // A new upload is a new page id: a file under this URL never changes.
  const etag = `"${id}-${file}"`;
  const headers: Record<string, string> = {
    "Cache-Control": page.public ? "public, max-age=31536000, immutable" : "private, max-age=31536000, immutable",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (stored === "pdf") headers["Content-Disposition"] = `inline; filename="${page.editionDate}-${String(page.number).padStart(2, "0")}.pdf"`;
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

  const object = await mediaStorage().get(pageObjectKey(page.key, stored));
  if (!object) return notFound();
  return new Response(new Uint8Array(object.bytes), {
    headers: { ...headers, "Content-Type": object.contentType, "Content-Length": String(object.bytes.length) },
  });
}

// A picture in the body that is one of the article's photos is that photo:
// its caption, credit and alt text are the ones kept in the Photos panel,
// and readers see it once, where the body places it. Pure functions over the
// stored document, applied wherever the body is drawn.
import type { RichNode } from "./schema";

interface Photo {
  caption: string;
  credit: string | null;
  alt: string | null;
  media: { id: string } | null;
}

// Our own picture addresses: /media/<id>/<size> (lib/media/urls.ts).
const MEDIA_SRC = /^\/media\/([^/?#]+)\//;

/** The media id a figure shows, when it is one of ours. */
export const figureMediaId = (node: RichNode): string | null =>
  node.type === "figure" ? (MEDIA_SRC.exec(String(node.attrs?.src ?? ""))?.[1] ?? null) : null;

function walk(node: RichNode, visit: (node: RichNode) => RichNode): RichNode {
  const next = visit(node);
  return next.content ? { ...next, content: next.content.map((child) => walk(child, visit)) } : next;
}

/** The pictures of ours the body shows. */
export function bodyMediaIds(doc: unknown): Set<string> {
  const ids = new Set<string>();
  if (!doc || typeof doc !== "object") return ids;
  walk(doc as RichNode, (node) => {
    const id = figureMediaId(node);
    if (id) ids.add(id);
    return node;
  });
  return ids;
}

/** The document with every figure of one of `photos` carrying that photo's current text. */
export function withPhotoText<T>(doc: T, photos: Photo[]): T {
  if (!doc || typeof doc !== "object") return doc;
  const byMedia = new Map(photos.filter((p) => p.media).map((p) => [p.media!.id, p]));
  if (byMedia.size === 0) return doc;
  return walk(doc as unknown as RichNode, (node) => {
    const photo = byMedia.get(figureMediaId(node) ?? "");
    return photo ? { ...node, attrs: { ...node.attrs, caption: photo.caption, credit: photo.credit ?? "", alt: photo.alt ?? "" } } : node;
  }) as unknown as T;
}

/** The photos to draw above the body: those the body does not already show. */
export const photosOutsideBody = <P extends { media: { id: string } | null }>(photos: P[], doc: unknown): P[] => {
  const inBody = bodyMediaIds(doc);
  return photos.filter((p) => !p.media || !inBody.has(p.media.id));
};

// Who may fetch a picture. Readers see only pictures of live articles (so a
// draft's photo stays private even to someone guessing ids); signed-in staff
// see every picture, as the photo library does.
import type { Db } from "@/lib/database/client";
import { can, type Actor } from "@/lib/auth/policy";
import { liveWhere } from "@/lib/articles/public";
import { readVariants, type MediaVariant } from "./urls";

export interface ServableMedia {
  key: string;
  mimeType: string;
  variants: MediaVariant[];
  /** Seen by readers: shared caches may keep it. Otherwise staff-only, cached privately. */
  public: boolean;
}

/**
 * The picture if this request may have it, else null. The actor is asked for
 * only when the picture is not public, so readers' requests never touch the session.
 */
export async function findServableMedia(db: Db, mediaId: string, actor: () => Promise<Actor | null>, now = new Date()): Promise<ServableMedia | null> {
  const media = await db.media.findUnique({ where: { id: mediaId }, select: { key: true, mimeType: true, variants: true } });
  if (!media) return null;
  const live = await db.articlePhoto.findFirst({ where: { mediaId, article: liveWhere(now) }, select: { id: true } });
  const result = { key: media.key, mimeType: media.mimeType, variants: readVariants(media.variants) };
  if (live) return { ...result, public: true };
  return can(await actor(), "media:upload") ? { ...result, public: false } : null;
}

/** The stored object a URL size names: one of the WebP widths, or "original". */
export function sizeFor(media: ServableMedia, size: string): number | "original" | null {
  if (size === "original") return "original";
  // One spelling per size ("0320" is not 320), so caches hold each file once.
  if (!/^[1-9]\d{0,4}$/.test(size)) return null;
  const width = Number(size);
  return media.variants.some((v) => v.width === width) ? width : null;
}

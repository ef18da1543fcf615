// An article's photo slots in the desk: read them, fill in their caption,
// credit and alt text, remove one. Editing follows article:edit, so only
// unpublished articles change here, and readers' cached pages (live articles
// only) need no refresh.
import type { Db } from "@/lib/database/client";
import type { Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { isPhotoComplete } from "./publish-check";
import { lockEditable } from "./upload";
import { readVariants, type MediaRef } from "./urls";

export interface DeskPhoto {
  id: string;
  position: number;
  caption: string;
  credit: string | null;
  alt: string | null;
  media: MediaRef | null;
}

/** The slots in order. The caller has already checked article:read (the desk page loads the article first). */
export async function listArticlePhotos(db: Db, articleId: string): Promise<DeskPhoto[]> {
  const rows = await db.articlePhoto.findMany({
    where: { articleId },
    orderBy: { position: "asc" },
    select: { id: true, position: true, caption: true, credit: true, alt: true, media: { select: { id: true, width: true, height: true, variants: true } } },
  });
  return rows.map(({ media, ...photo }) => ({ ...photo, media: media ? { ...media, variants: readVariants(media.variants) } : null }));
}

export interface PhotoDetails {
  photoId: string;
  caption: string;
  credit: string;
  alt: string;
}

/** Saves one slot's text. */
export async function savePhotoDetails(db: Db, actor: Actor, input: PhotoDetails): Promise<void> {
  return db.$transaction(async (tx) => {
    const photo = await tx.articlePhoto.findUnique({ where: { id: input.photoId }, select: { articleId: true, mediaId: true } });
    if (!photo) throw new AppError("not_found");
    const article = await lockEditable(tx, actor, photo.articleId);
    const data = { caption: input.caption.trim(), credit: input.credit.trim() || null, alt: input.alt.trim() || null };
    // A scheduled article goes live without another check: its pictures must stay complete.
    if (article.status === "SCHEDULED" && photo.mediaId && !isPhotoComplete(data)) throw new AppError("invalid_input", "photo_details_required");
    await tx.articlePhoto.update({ where: { id: input.photoId }, data });
  });
}

/** Takes the slot off the article; the picture stays in the library. */
export async function removePhoto(db: Db, actor: Actor, photoId: string): Promise<void> {
  return db.$transaction(async (tx) => {
    const photo = await tx.articlePhoto.findUnique({ where: { id: photoId }, select: { articleId: true } });
    if (!photo) throw new AppError("not_found");
    await lockEditable(tx, actor, photo.articleId);
    // Two removals of the same slot: the second waited for the article's
    // lock above and finds the slot gone.
    const { count } = await tx.articlePhoto.deleteMany({ where: { id: photoId } });
    if (count === 0) throw new AppError("not_found");
  });
}

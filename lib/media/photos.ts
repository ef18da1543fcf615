// An article's photo slots in the desk: read them, fill in their caption,
// credit and alt text, remove one. Editing follows article:edit, so only
// unpublished articles change here, and readers' cached pages (live articles
// only) need no refresh.
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
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

/** The slots of an article this person may read (the body's picture picker asks). */
export async function readArticlePhotos(db: Db, actor: Actor, articleId: string): Promise<DeskPhoto[]> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { createdById: true, status: true } });
  if (!article) throw new AppError("not_found");
  authorize(actor, "article:read", article);
  return listArticlePhotos(db, articleId);
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

/**
 * A picture from the newsroom's library joins the article's photos (a new
 * slot, last), so the Photos panel and the body speak of the same photo; a
 * picture the article shows already answers its own slot.
 */
export async function attachLibraryPhoto(db: Db, actor: Actor, input: { articleId: string; mediaId: string }): Promise<DeskPhoto> {
  const id = await db.$transaction(async (tx) => {
    const article = await lockEditable(tx, actor, input.articleId);
    const media = await tx.media.findUnique({ where: { id: input.mediaId }, select: { id: true } });
    if (!media) throw new AppError("not_found");
    const shown = await tx.articlePhoto.findFirst({ where: { articleId: article.id, mediaId: media.id }, orderBy: { position: "asc" }, select: { id: true } });
    if (shown) return shown.id;
    // A scheduled article goes live without another check: it may gain only a complete photo, which a bare library pick is not.
    if (article.status === "SCHEDULED") throw new AppError("invalid_input", "photo_details_required");
    const last = await tx.articlePhoto.aggregate({ where: { articleId: article.id }, _max: { position: true } });
    const created = await tx.articlePhoto.create({
      data: { articleId: article.id, mediaId: media.id, caption: "", position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });
    return created.id;
  });
  const photo = (await listArticlePhotos(db, input.articleId)).find((p) => p.id === id);
  if (!photo) throw new AppError("not_found");
  return photo;
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

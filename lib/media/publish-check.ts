// Caption, credit and alt text are required before readers see a picture:
// the caption and credit are the newspaper's record of what and whose it
// is, the alt text is the picture for readers who cannot see it. Caption-only
// slots without a picture (from an imported page) do not block.
import type { DbOrTx } from "@/lib/database/client";
import { AppError } from "@/lib/errors";

export interface PhotoText {
  caption: string | null;
  credit: string | null;
  alt: string | null;
}

export const isPhotoComplete = (photo: PhotoText) => [photo.caption, photo.credit, photo.alt].every((text) => !!text?.trim());

/** Throws `invalid_input` (message key photo_details_required) when a photo with a picture lacks any of the three. */
export async function assertPhotosComplete(db: DbOrTx, articleId: string) {
  const photos = await db.articlePhoto.findMany({ where: { articleId, mediaId: { not: null } }, select: { caption: true, credit: true, alt: true } });
  if (!photos.every(isPhotoComplete)) throw new AppError("invalid_input", "photo_details_required");
}

// An upload, start to finish: checked and re-encoded (process.ts), stored
// under a fresh random key, recorded as Media and, when it is for an
// article, placed in one of its photo slots.
import type { Db, Tx } from "@/lib/database/client";
import { lockArticle } from "@/lib/articles/lock";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { processImage } from "./process";
import { isPhotoComplete } from "./publish-check";
import { newMediaKey, objectKey, type MediaStorage } from "./storage";
import { readVariants, type MediaVariant } from "./urls";

export interface UploadInput {
  bytes: Buffer;
  fileName: string;
  /** For this article: a new photo slot, or the existing (caption-only) slot `photoId`. */
  articleId?: string;
  photoId?: string;
  caption?: string;
  credit?: string;
  alt?: string;
}

export interface UploadDeps {
  storage: MediaStorage;
  maxBytes: number;
  maxPixels?: number;
}

export interface UploadResult {
  id: string;
  width: number;
  height: number;
  photoId: string | null;
  variants: MediaVariant[];
}

export async function uploadMedia(db: Db, actor: Actor, input: UploadInput, deps: UploadDeps): Promise<UploadResult> {
  authorize(actor, "media:upload");
  // Refuse a picture for someone else's article before spending time on it.
  if (input.articleId) await lockEditable(db, actor, input.articleId);

  const image = await processImage(input.bytes, { maxBytes: deps.maxBytes, maxPixels: deps.maxPixels });
  const key = newMediaKey();
  const files = [
    { key: objectKey(key, "original"), data: image.data, type: image.mimeType },
    ...image.variants.map((v) => ({ key: objectKey(key, v.width), data: v.data, type: "image/webp" })),
  ];
  await Promise.all(files.map((f) => deps.storage.put(f.key, f.data, f.type)));

  try {
    return await db.$transaction(async (tx) => {
      const media = await tx.media.create({
        data: {
          key,
          originalName: cleanName(input.fileName),
          mimeType: image.mimeType,
          width: image.width,
          height: image.height,
          bytes: image.data.length,
          variants: image.variants.map((v) => ({ width: v.width, height: v.height, bytes: v.data.length })),
          uploadedById: actor.id,
        },
        select: { id: true, width: true, height: true, variants: true },
      });
      const placed = input.articleId ? await placePhoto(tx, actor, media.id, { ...input, articleId: input.articleId }) : null;
      return { ...media, variants: readVariants(media.variants), photoId: placed ?? null };
    });
  } catch (error) {
    // No row points at the files: do not leave them behind.
    await Promise.all(files.map((f) => deps.storage.delete(f.key).catch(() => undefined)));
    throw error;
  }
}

/** The article, locked for the rest of the transaction, if the actor may edit it. */
export async function lockEditable(db: Db | Tx, actor: Actor, articleId: string) {
  const article = await lockArticle(db, articleId);
  authorize(actor, "article:read", article);
  authorize(actor, "article:edit", article);
  return article;
}

type PlaceInput = Omit<UploadInput, "bytes" | "fileName"> & { articleId: string };

/** Puts the picture in a slot; returns the slot's id. */
async function placePhoto(tx: Tx, actor: Actor, mediaId: string, input: PlaceInput): Promise<string> {
  const article = await lockEditable(tx, actor, input.articleId);
  const given = (text: string | undefined) => text?.trim() || null;
  const slot = input.photoId ? await tx.articlePhoto.findFirst({ where: { id: input.photoId, articleId: article.id } }) : null;
  if (input.photoId && !slot) throw new AppError("not_found");
  // What is typed with the upload wins; an imported slot keeps its caption otherwise.
  const data = {
    caption: given(input.caption) ?? slot?.caption ?? "",
    credit: given(input.credit) ?? slot?.credit ?? null,
    alt: given(input.alt) ?? slot?.alt ?? null,
    mediaId,
  };
  // A scheduled article goes live without another check: it may only gain a complete photo.
  if (article.status === "SCHEDULED" && !isPhotoComplete(data)) throw new AppError("invalid_input", "photo_details_required");
  if (slot) {
    await tx.articlePhoto.update({ where: { id: slot.id }, data });
    return slot.id;
  }
  const last = await tx.articlePhoto.aggregate({ where: { articleId: article.id }, _max: { position: true } });
  const created = await tx.articlePhoto.create({ data: { ...data, articleId: article.id, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
  return created.id;
}

/** The uploader's file name, for the library only: no control characters, no path, not too long. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200) || "image";
}

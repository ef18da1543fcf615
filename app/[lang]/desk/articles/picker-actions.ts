"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { listLibrary } from "@/lib/media/library";
import { attachLibraryPhoto, readArticlePhotos } from "@/lib/media/photos";
import { attachPhotoSchema, pickerPhotosSchema } from "@/lib/validation/media";

const PER_PAGE = 24;

// The body's picture picker: the article's own photos and the newsroom's library.
export const loadPickerPhotos = staffAction(pickerPhotosSchema, async ({ actor, input }) => {
  const db = getDb();
  const skip = (input.page - 1) * PER_PAGE;
  // One more than a page, to know whether there is a next one.
  const [photos, library] = await Promise.all([input.articleId ? readArticlePhotos(db, actor, input.articleId) : [], listLibrary(db, actor, { take: PER_PAGE + 1, skip })]);
  return { data: { photos: photos.filter((p) => p.media), library: library.slice(0, PER_PAGE), more: library.length > PER_PAGE } };
});

/** A library picture becomes one of the article's photos; only unpublished articles change, so no public page is touched. */
export const attachPhoto = staffAction(attachPhotoSchema, async ({ actor, input }) => ({ data: await attachLibraryPhoto(getDb(), actor, input) }));

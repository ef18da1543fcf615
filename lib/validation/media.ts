// Photo slots' text: shared by the photos panel, its actions and the upload route.
// Empty fields are allowed while drafting; publishing requires all three
// where there is a picture (lib/media/publish-check.ts).
import { z } from "zod";

const id = z.string().min(1).max(40);

export const photoTextSchema = z.object({
  caption: z.string().trim().max(1000, "too_long"),
  credit: z.string().trim().max(200, "too_long"),
  alt: z.string().trim().max(1000, "too_long"),
});

export const photoDetailsSchema = photoTextSchema.extend({ photoId: id });

export const removePhotoSchema = z.object({ photoId: id });

/** The text fields of an upload's form (the file is checked by lib/media/process.ts). */
export const uploadFieldsSchema = photoTextSchema.partial().extend({
  articleId: id.optional(),
  photoId: id.optional(),
});

/** A library picture for an article's photos (the body's picture picker). */
export const attachPhotoSchema = z.object({ articleId: id, mediaId: id });

/** What the picker shows: the article's photos (once it exists) and a page of the library. */
export const pickerPhotosSchema = z.object({ articleId: id.optional(), page: z.number().int().min(1).max(1000).default(1) });

"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { removePhoto, savePhotoDetails } from "@/lib/media/photos";
import { photoDetailsSchema, removePhotoSchema } from "@/lib/validation/media";

// Uploads go through /api/media (progress events); the text of a photo is saved here.
// Only unpublished articles change, so there is no public page to revalidate.
export const savePhotoAction = staffAction(photoDetailsSchema, async ({ actor, input, messages }) => {
  await savePhotoDetails(getDb(), actor, input);
  return { data: null, message: messages.media.saved };
});

export const removePhotoAction = staffAction(removePhotoSchema, async ({ actor, input, messages }) => {
  await removePhoto(getDb(), actor, input.photoId);
  return { data: null, message: messages.media.removed };
});

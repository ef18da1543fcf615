"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { createFromImport } from "@/lib/import/create";
import { publishChange } from "@/lib/publication";
import { importBatchSchema } from "@/lib/validation/import";

/**
 * One batch of an import (at most IMPORT_BATCH_SIZE articles): the desk
 * calls it repeatedly so a long page shows its progress. createFromImport
 * authorises, so an editor's publish call is refused whatever the page showed.
 */
export const createImportBatch = staffAction(importBatchSchema, async ({ actor, input }) => {
  const created = await createFromImport(getDb(), actor, input);
  // Published articles belong on the front page at once (updateTag of
  // TAGS.frontPage, and the edition's snapshot); drafts are not public.
  if (input.mode === "publish") await publishChange(getDb());
  return { data: { created: created.length } };
});

"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { restoreRevision } from "@/lib/revisions/restore";
import { restoreSchema } from "@/lib/validation/revision";

// The domain call authorises (article:edit) and checks the version. Desk
// pages are rendered per request, so there is no cache to revalidate; the
// button sends the reporter back to the article, which reads the new text.
export const restoreVersion = staffAction(restoreSchema, async ({ actor, input, messages }) => {
  const saved = await restoreRevision(getDb(), actor, input.id, input.revisionId, input.version);
  return { data: { version: saved.version }, message: messages.revisions.restored };
});

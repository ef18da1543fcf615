"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { saveRegions } from "@/lib/epaper/regions";
import { fill } from "@/lib/i18n/messages";
import { publishChange } from "@/lib/publication";
import { saveRegionsSchema } from "@/lib/validation/epaper";

export const saveRegionsAction = staffAction(saveRegionsSchema, async ({ actor, input, messages }) => {
  const saved = await saveRegions(getDb(), actor, input.pageId, input.regions);
  await publishChange(getDb(), { editions: [saved.editionDate] });
  return { data: null, message: fill(messages.epaper.desk.saved, { n: saved.regions }) };
});

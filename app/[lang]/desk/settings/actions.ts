"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { afterPublicChange } from "@/lib/public/revalidate";
import { updateSettings } from "@/lib/settings/update";
import { settingsSchema } from "@/lib/validation/settings";

export const saveSettings = staffAction(settingsSchema, async ({ actor, input, messages }) => {
  await updateSettings(getDb(), actor, input);
  await afterPublicChange();
  return { data: null, message: messages.settings.saved };
});

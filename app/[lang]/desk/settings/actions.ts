"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { afterPublicChange } from "@/lib/public/revalidate";
import { updateFooter, updateSettings } from "@/lib/settings/update";
import { footerSettingsSchema, settingsSchema } from "@/lib/validation/settings";

export const saveSettings = staffAction(settingsSchema, async ({ actor, input, messages, origin }) => {
  await updateSettings(getDb(), actor, input, origin);
  await afterPublicChange();
  return { data: null, message: messages.settings.saved };
});

// Every reader page carries the footer: expire them all.
export const saveFooter = staffAction(footerSettingsSchema, async ({ actor, input, messages, origin }) => {
  await updateFooter(getDb(), actor, input, origin);
  await afterPublicChange();
  return { data: null, message: messages.footerSettings.saved };
});

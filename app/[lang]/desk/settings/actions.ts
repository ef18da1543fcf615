"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { afterPublicChange } from "@/lib/public/revalidate";
import { updateFooter, updateSettings } from "@/lib/settings/update";
import { footerSettingsSchema, settingsSchema } from "@/lib/validation/settings";
import { proofSettingSchema, writeProofSetting } from "@/lib/workflow/proof-rounds";

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

// How many proofreading rounds (三校) and who signs them: read inside every
// sign-off and publication, so nothing public is cached on it.
export const saveProofSettings = staffAction(proofSettingSchema, async ({ actor, input, messages, origin }) => {
  await writeProofSetting(getDb(), actor, input, origin);
  return { data: null, message: messages.settings.proofSaved };
});

// Changing the newsroom's settings (admin only). Each save is written to the
// audit log with the parts it changed.
import type { z } from "zod";
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { recordAudit, type RequestOrigin } from "@/lib/audit/record";
import type { footerSettingsSchema, settingsSchema } from "@/lib/validation/settings";
import { readStages, writeStages } from "@/lib/workflow/stages";
import { readPublicSettings, SETTING_KEYS, writeSetting, type FooterSettings } from "./index";

export async function updateSettings(db: Db, actor: Actor, input: z.output<typeof settingsSchema>, origin: RequestOrigin = {}) {
  authorize(actor, "settings:manage");
  const [current, stages] = await Promise.all([readPublicSettings(db), readStages(db)]);
  const before: Record<string, unknown> = { ...current.newsroom, ...current.frontPage, stages };
  const changed = (["paperNameZh", "paperNameEn", "perSection", "topStories", "briefs", "stages"] as const).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(input[key]),
  );
  await db.$transaction(async (tx) => {
    await writeSetting(tx, SETTING_KEYS.newsroom, { ...current.newsroom, paperNameZh: input.paperNameZh, paperNameEn: input.paperNameEn });
    const { timeZone: _zone, ...frontPage } = current.frontPage;
    void _zone;
    await writeSetting(tx, SETTING_KEYS.frontPage, { ...frontPage, perSection: input.perSection, topStories: input.topStories, briefs: input.briefs });
    // Articles already in review keep their stage number; with fewer stages
    // an article past the last one simply awaits the final sign-off.
    await writeStages(tx, input.stages);
    await recordAudit(tx, { action: "SETTINGS_UPDATE", actorId: actor.id, address: origin.address, detail: { part: "general", changed: [...changed] } });
  });
}

/** The reader pages' footer: copyright lines, ICP number and its link, contacts. */
export async function updateFooter(db: Db, actor: Actor, input: z.output<typeof footerSettingsSchema>, origin: RequestOrigin = {}) {
  authorize(actor, "settings:manage");
  const current = (await readPublicSettings(db)).footer;
  const changed = (Object.keys(input) as (keyof FooterSettings)[]).filter((key) => current[key] !== input[key]);
  await db.$transaction(async (tx) => {
    await writeSetting(tx, SETTING_KEYS.footer, { ...input });
    await recordAudit(tx, { action: "SETTINGS_UPDATE", actorId: actor.id, address: origin.address, detail: { part: "footer", changed } });
  });
}

// Changing the newsroom's settings (admin only).
import type { z } from "zod";
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import type { settingsSchema } from "@/lib/validation/settings";
import { writeStages } from "@/lib/workflow/stages";
import { readPublicSettings, SETTING_KEYS, writeSetting } from "./index";

export async function updateSettings(db: Db, actor: Actor, input: z.output<typeof settingsSchema>) {
  authorize(actor, "settings:manage");
  const current = await readPublicSettings(db);
  await db.$transaction(async (tx) => {
    await writeSetting(tx, SETTING_KEYS.newsroom, { ...current.newsroom, paperNameZh: input.paperNameZh, paperNameEn: input.paperNameEn });
    const { timeZone: _zone, ...frontPage } = current.frontPage;
    void _zone;
    await writeSetting(tx, SETTING_KEYS.frontPage, { ...frontPage, perSection: input.perSection, topStories: input.topStories, briefs: input.briefs });
    // Articles already in review keep their stage number; with fewer stages
    // an article past the last one simply awaits the final sign-off.
    await writeStages(tx, input.stages);
  });
}

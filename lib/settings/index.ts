// Newsroom settings, stored as small JSON documents in the Setting table and
// always read through these zod schemas, so a bad value falls back to the
// default instead of breaking a page.
import { z } from "zod";
import type { DbOrTx } from "@/lib/database/client";
import { newsroomTimeZone } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_FRONT_PAGE_SETTINGS, type FrontPageSettings } from "@/lib/front-page/assemble";

const newsroomSchema = z.object({
  paperNameZh: z.string().min(1).max(60).catch("示例日报"),
  paperNameEn: z.string().min(1).max(60).catch("Copydesk Daily"),
  timeZone: z.string().min(1).catch(() => newsroomTimeZone().NEWSROOM_TIME_ZONE),
});

const count = (fallback: number) => z.number().int().min(0).max(50).catch(fallback);
const frontPageSchema = z.object({
  perSection: count(DEFAULT_FRONT_PAGE_SETTINGS.perSection),
  topStories: count(DEFAULT_FRONT_PAGE_SETTINGS.topStories),
  briefs: count(DEFAULT_FRONT_PAGE_SETTINGS.briefs),
  photos: count(DEFAULT_FRONT_PAGE_SETTINGS.photos),
  commentary: count(DEFAULT_FRONT_PAGE_SETTINGS.commentary),
});

// The reader pages' footer (PRODUCT §6): what a Chinese news site must show.
// The ICP number links to the MIIT's filing site unless the admin names another.
export const DEFAULT_ICP_URL = "https://beian.miit.gov.cn/";
const text = (max: number) => z.string().trim().max(max).catch("");
const footerSchema = z.object({
  copyrightZh: text(200),
  copyrightEn: text(200),
  icpNumber: text(60),
  // Only an http(s) address ever becomes a link, whatever the row holds.
  icpUrl: z.string().trim().regex(/^https?:\/\/\S+$/i).max(300).catch(DEFAULT_ICP_URL),
  contact: text(200),
  reportContact: text(200),
});

const pinSchema = z.object({ articleId: z.string().min(1), pinnedBy: z.string(), pinnedAt: z.string() }).nullable().catch(null);

export type NewsroomSettings = z.infer<typeof newsroomSchema>;
export type FooterSettings = z.infer<typeof footerSchema>;
export type FrontPagePin = z.infer<typeof pinSchema>;

export const SETTING_KEYS = { newsroom: "newsroom", frontPage: "front-page", pin: "front-page.pin", footer: "footer" } as const;

export interface PublicSettings {
  newsroom: NewsroomSettings;
  frontPage: FrontPageSettings;
  pin: FrontPagePin;
  footer: FooterSettings;
}

/** Everything reader pages need from settings, in one query. */
export async function readPublicSettings(db: DbOrTx): Promise<PublicSettings> {
  return publicSettingsFrom(await db.setting.findMany({ where: { key: { in: Object.values(SETTING_KEYS) } } }));
}

/** Public settings from their rows; the front page reads the rows together with its other inputs. */
export function publicSettingsFrom(rows: { key: string; value: unknown }[]): PublicSettings {
  const value = (key: string) => rows.find((r) => r.key === key)?.value ?? {};
  const newsroom = newsroomSchema.parse(value(SETTING_KEYS.newsroom));
  return {
    newsroom,
    frontPage: { ...frontPageSchema.parse(value(SETTING_KEYS.frontPage)), timeZone: newsroom.timeZone },
    pin: pinSchema.parse(rows.find((r) => r.key === SETTING_KEYS.pin)?.value ?? null),
    footer: footerSchema.parse(value(SETTING_KEYS.footer)),
  };
}

export async function writeSetting(db: DbOrTx, key: string, value: Record<string, unknown>) {
  const json = value as Prisma.InputJsonObject;
  await db.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
}

export async function deleteSetting(db: DbOrTx, key: string) {
  await db.setting.deleteMany({ where: { key } });
}

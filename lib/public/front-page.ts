// Loads what the front page needs and lays it out with the assembler. Also
// keeps each edition's page: the layout is stored per edition date whenever
// the page changes, so the page as it stood at the close of a day survives.
import type { Db } from "@/lib/database/client";
import { readRows } from "@/lib/database/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleType, Placement } from "@/lib/generated/prisma/enums";
import { cardsByIds, type PublicCard } from "@/lib/articles/public";
import { assembleFrontPage, dateInTimeZone, layoutArticleIds, type FrontPageLayout } from "@/lib/front-page/assemble";
import { publicSettingsFrom, readPublicSettings, SETTING_KEYS, type PublicSettings } from "@/lib/settings";
import { editionPageList } from "./listings";

// Enough to fill every slot from the current and earlier editions.
const CANDIDATES = 300;

export interface SectionLink {
  id: string;
  slug: string;
  nameZh: string;
  nameEn: string;
}

export interface FrontPageData {
  layout: FrontPageLayout;
  cards: Record<string, PublicCard>;
  settings: PublicSettings;
  /** The section bar, in the configured order. */
  sections: SectionLink[];
  /** The current edition's pages, for the masthead. */
  pages: { number: number; name: string | null }[];
}

interface Inputs {
  settings: { key: string; value: unknown }[];
  sections: (SectionLink & { position: number })[];
  candidates: { id: string; type: ArticleType; placement: Placement; sectionId: string | null; publishedAt: string; editionDate: string | null }[];
}

/**
 * Everything the assembler needs — settings, sections and the newest live
 * articles — in one query: a front-page render is three queries in all
 * (this, the cards, the page list), however big the archive.
 */
async function readInputs(db: Db, now: Date): Promise<Inputs> {
  const [row] = await readRows<Inputs>(db, Prisma.sql`
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('key', key, 'value', value)), '[]') FROM "Setting"
        WHERE key = ANY(${Object.values(SETTING_KEYS)}::text[])) AS settings,
      (SELECT COALESCE(json_agg(json_build_object('id', id, 'slug', slug, 'nameZh', "nameZh", 'nameEn', "nameEn", 'position', position)
        ORDER BY position, id), '[]') FROM "Section") AS sections,
      (SELECT COALESCE(json_agg(c), '[]') FROM (
        SELECT id, type, placement, "sectionId", "publishedAt", "editionDate" FROM "Article"
        WHERE status IN ('PUBLISHED', 'SCHEDULED') AND "publishedAt" <= ${now}
        ORDER BY "publishedAt" DESC, id LIMIT ${CANDIDATES}
      ) c) AS candidates`);
  return row!;
}

export async function layoutAt(db: Db, now: Date, settings?: PublicSettings): Promise<{ layout: FrontPageLayout; settings: PublicSettings; sections: SectionLink[] }> {
  const inputs = await readInputs(db, now);
  const resolved = settings ?? publicSettingsFrom(inputs.settings);
  const layout = assembleFrontPage({
    articles: inputs.candidates.map((a) => ({
      ...a,
      // JSON carries a timestamp without its zone; the database keeps UTC.
      publishedAt: new Date(`${a.publishedAt}Z`).toISOString(),
    })),
    sections: inputs.sections.map(({ id, position }) => ({ id, position })),
    pinnedArticleId: resolved.pin?.articleId ?? null,
    settings: resolved.frontPage,
    now,
  });
  return { layout, settings: resolved, sections: inputs.sections.map(({ id, slug, nameZh, nameEn }) => ({ id, slug, nameZh, nameEn })) };
}

/** The front page and the masthead's data (sections, the edition's pages), in three queries. */
export async function loadFrontPage(db: Db, now = new Date()): Promise<FrontPageData> {
  const { layout, settings, sections } = await layoutAt(db, now);
  const [cards, pages] = await Promise.all([cardsByIds(db, layoutArticleIds(layout), now), editionPageList(db, layout.editionDate, now)]);
  return { layout, settings, sections, pages, cards: Object.fromEntries(cards) };
}

/** Stores the current edition's layout; called after anything that changes the page. */
export async function snapshotFrontPage(db: Db, now = new Date()) {
  const { layout } = await layoutAt(db, now);
  if (!layout.editionDate) return;
  const date = new Date(`${layout.editionDate}T00:00:00Z`);
  const json = JSON.parse(JSON.stringify(layout));
  await db.editionSnapshot.upsert({ where: { date }, create: { date, layout: json }, update: { layout: json } });
}

/**
 * The front page of a past edition date as it stood at the close of that
 * day: the stored snapshot if there is one, else the page re-assembled from
 * what had been published by the end of that day (and is still published).
 */
export async function loadEditionFrontPage(db: Db, date: string, now = new Date()): Promise<Pick<FrontPageData, "layout" | "settings" | "cards">> {
  const settings = await readPublicSettings(db);
  const snapshot = await db.editionSnapshot.findUnique({ where: { date: new Date(`${date}T00:00:00Z`) } });
  let layout = snapshot?.layout as FrontPageLayout | undefined;
  if (!layout) {
    const closing = endOfDay(date, settings.newsroom.timeZone);
    ({ layout } = await layoutAt(db, closing < now ? closing : now, { ...settings, pin: null }));
  }
  return { layout, settings, cards: Object.fromEntries(await cardsByIds(db, layoutArticleIds(layout), now)) };
}

/** The last millisecond of a calendar date in a time zone. */
export function endOfDay(date: string, timeZone: string): Date {
  // Start from UTC midnight of the next day and step back until the zone's
  // date is `date` again: correct across offsets without a tz library.
  let t = Date.parse(`${date}T00:00:00Z`) + 36 * 3_600_000;
  while (dateInTimeZone(new Date(t), timeZone) > date) t -= 15 * 60_000;
  while (dateInTimeZone(new Date(t + 1), timeZone) === date) t += 60_000;
  return new Date(t);
}

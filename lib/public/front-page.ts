// Loads what the front page needs and lays it out with the assembler. Also
// keeps each edition's page: the layout is stored per edition date whenever
// the page changes, so the page as it stood at the close of a day survives.
import type { Db, DbOrTx } from "@/lib/database/client";
import { cardsByIds, liveWhere, type PublicCard } from "@/lib/articles/public";
import { assembleFrontPage, dateInTimeZone, layoutArticleIds, type FrontPageLayout } from "@/lib/front-page/assemble";
import { readPublicSettings, type PublicSettings } from "@/lib/settings";

// Enough to fill every slot from the current and earlier editions.
const CANDIDATES = 300;

export interface FrontPageData {
  layout: FrontPageLayout;
  cards: Record<string, PublicCard>;
  settings: PublicSettings;
}

export async function layoutAt(db: DbOrTx, now: Date, settings?: PublicSettings): Promise<{ layout: FrontPageLayout; settings: PublicSettings }> {
  const [candidates, sections, resolved] = await Promise.all([
    db.article.findMany({
      where: liveWhere(now),
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: CANDIDATES,
      select: { id: true, type: true, placement: true, sectionId: true, publishedAt: true, editionDate: true },
    }),
    db.section.findMany({ select: { id: true, position: true } }),
    settings ?? readPublicSettings(db),
  ]);
  const layout = assembleFrontPage({
    articles: candidates.map((a) => ({
      ...a,
      publishedAt: (a.publishedAt ?? new Date(0)).toISOString(),
      editionDate: a.editionDate ? a.editionDate.toISOString().slice(0, 10) : null,
    })),
    sections,
    pinnedArticleId: resolved.pin?.articleId ?? null,
    settings: resolved.frontPage,
    now,
  });
  return { layout, settings: resolved };
}

export async function loadFrontPage(db: Db, now = new Date()): Promise<FrontPageData> {
  const { layout, settings } = await layoutAt(db, now);
  return { layout, settings, cards: Object.fromEntries(await cardsByIds(db, layoutArticleIds(layout), now)) };
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
export async function loadEditionFrontPage(db: Db, date: string, now = new Date()): Promise<FrontPageData> {
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

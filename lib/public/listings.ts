// Section, edition and author listings for readers.
import type { Db } from "@/lib/database/client";
import { listCards, liveWhere, type PublicCard } from "@/lib/articles/public";
import { readRows } from "@/lib/database/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";

export const LISTING_PAGE_SIZE = 20;
// A section's listing goes back this many pages (5,000 stories, months of
// even the busiest section); older stories are reached by date through the
// edition pages. The bound keeps the count and the deepest page the same
// cost at any archive size (docs/decisions/0014-database-at-scale.md).
export const LISTING_MAX_PAGES = 250;

export async function sectionPage(db: Db, slug: string, page: number, now = new Date()) {
  const found = await db.section.findUnique({ where: { slug }, select: { id: true, slug: true, nameZh: true, nameEn: true } });
  if (!found) return null;
  const { id, ...section } = found;
  // By id, not through a join on the slug: the (sectionId, publishedAt, id,
  // status) index then serves both the page and the count without a row read.
  const where = { ...liveWhere(now), sectionId: id };
  const [cards, total] = await Promise.all([
    page <= LISTING_MAX_PAGES ? listCards(db, where, { take: LISTING_PAGE_SIZE, skip: (page - 1) * LISTING_PAGE_SIZE }) : [],
    // Ordered like the listing, so the count walks the same index, only in its entries.
    db.article.count({ where, orderBy: [{ publishedAt: "desc" }, { id: "asc" }], take: LISTING_MAX_PAGES * LISTING_PAGE_SIZE }),
  ]);
  return { section, cards, page, pages: Math.max(1, Math.ceil(total / LISTING_PAGE_SIZE)) };
}

export interface EditionPage {
  number: number | null;
  name: string | null;
  cards: PublicCard[];
}

/** The day's articles by page (第01版 要闻, 第02版 …), and the neighbouring editions. */
export async function editionPages(db: Db, date: string, now = new Date()) {
  const day = new Date(`${date}T00:00:00Z`);
  const cards = await listCards(db, { ...liveWhere(now), editionDate: day }, { take: 500 });
  const pages = new Map<string, EditionPage>();
  for (const card of [...cards].sort((a, b) => (a.pageNumber ?? 999) - (b.pageNumber ?? 999))) {
    const key = `${card.pageNumber ?? ""}|${card.pageName ?? ""}`;
    if (!pages.has(key)) pages.set(key, { number: card.pageNumber, name: card.pageName, cards: [] });
    pages.get(key)!.cards.push(card);
  }
  const [previous, next] = await Promise.all([
    db.article.findFirst({ where: { ...liveWhere(now), editionDate: { lt: day } }, orderBy: { editionDate: "desc" }, select: { editionDate: true } }),
    db.article.findFirst({ where: { ...liveWhere(now), editionDate: { gt: day } }, orderBy: { editionDate: "asc" }, select: { editionDate: true } }),
  ]);
  const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
  return { date, pages: [...pages.values()], previous: iso(previous?.editionDate), next: iso(next?.editionDate) };
}

/**
 * The pages of an edition, for the masthead's page list: each page once, named
 * by its first story's page name. On every front-page render, so it is one
 * hand-written statement on the fast read path (lib/database/read-rows.ts).
 */
export async function editionPageList(db: Db, date: string | null, now = new Date()): Promise<{ number: number; name: string | null }[]> {
  if (!date) return [];
  return readRows(
    db,
    Prisma.sql`
      SELECT DISTINCT ON ("pageNumber") "pageNumber" AS number, "pageName" AS name FROM "Article"
      WHERE status IN ('PUBLISHED', 'SCHEDULED') AND "publishedAt" <= ${now}
        AND "editionDate" = ${date}::date AND "pageNumber" IS NOT NULL
      ORDER BY "pageNumber", "publishedAt", id`,
  );
}

export async function authorPage(db: Db, slug: string, page: number, now = new Date()) {
  const author = await db.user.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
  if (!author) return null;
  const where = { ...liveWhere(now), contributors: { some: { userId: author.id } } };
  const [cards, total] = await Promise.all([
    listCards(db, where, { take: LISTING_PAGE_SIZE, skip: (page - 1) * LISTING_PAGE_SIZE }),
    db.article.count({ where }),
  ]);
  return { author, cards, page, pages: Math.max(1, Math.ceil(total / LISTING_PAGE_SIZE)) };
}

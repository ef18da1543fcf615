// The reader and desk reads on a generated archive of a few thousand
// articles: what holds at any size (how many queries, which plans) and that
// the rewritten reads return exactly what the plain Prisma reads did. The
// figures at 10,000 and 100,000 articles come from bench/database.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateNewsroom, type GeneratedNewsroom } from "@/lib/testing/archive/generate";
import { operations, SEARCH_TERMS } from "@/lib/testing/archive/operations";
import { explainAll, scansArticles, watchQueries } from "@/lib/testing/archive/query-log";
import { cardSelect, liveWhere, toArticle, toCard } from "@/lib/articles/public";
import { createDb, type Db } from "@/lib/database/client";
import { assembleFrontPage, layoutArticleIds } from "@/lib/front-page/assemble";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SEARCH_CANDIDATES, searchArticles } from "@/lib/search/search";
import { queryTokens } from "@/lib/search/tokens";
import { readPublicSettings } from "@/lib/settings";
import { resetDatabase, testDatabaseUrl } from "@/lib/testing/db";
import { loadFrontPage } from "./front-page";
import { editionPageList, editionPages, LISTING_PAGE_SIZE, sectionPage } from "./listings";

const url = testDatabaseUrl();
// A client of its own, so every connection it opens is watched from the start.
const db: Db = createDb(url, { max: 2 });
const watcher = watchQueries(db);
let newsroom: GeneratedNewsroom;

beforeAll(async () => {
  await resetDatabase(db);
  newsroom = await generateNewsroom(url, { articles: 4000, now: new Date("2026-11-20T04:00:00Z") });
  // What autovacuum does to a live archive: statistics and the visibility map.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
}, 300_000);

afterAll(async () => {
  await resetDatabase(db);
  await db.$disconnect();
  await db.pool.end();
});

// The reads as they were before they were rewritten for scale: plain Prisma.
const prismaCards = async (where: Prisma.ArticleWhereInput, take: number, skip = 0) =>
  (await db.article.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "asc" }], take, skip, select: cardSelect })).map((row) =>
    toCard(toArticle(row)),
  );

async function prismaFrontPage(now: Date) {
  const [candidates, sections, settings] = await Promise.all([
    db.article.findMany({
      where: liveWhere(now),
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: 300,
      select: { id: true, type: true, placement: true, sectionId: true, publishedAt: true, editionDate: true },
    }),
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, nameZh: true, nameEn: true, position: true } }),
    readPublicSettings(db),
  ]);
  const layout = assembleFrontPage({
    articles: candidates.map((a) => ({ ...a, publishedAt: a.publishedAt!.toISOString(), editionDate: a.editionDate?.toISOString().slice(0, 10) ?? null })),
    sections,
    pinnedArticleId: settings.pin?.articleId ?? null,
    settings: settings.frontPage,
    now,
  });
  const ids = layoutArticleIds(layout);
  const cards = await prismaCards({ id: { in: ids }, ...liveWhere(now) }, ids.length);
  return {
    layout,
    settings,
    sections: sections.map(({ id, slug, nameZh, nameEn }) => ({ id, slug, nameZh, nameEn })),
    pages: await editionPageList(db, layout.editionDate, now),
    cards: Object.fromEntries(cards.map((c) => [c.id, c])),
  };
}

// The search as it was: every match ranked.
async function rankAll(query: string, now: Date, limit: number) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Article"
    WHERE status = 'PUBLISHED' AND "publishedAt" <= ${now} AND "searchVector" @@ to_tsquery('simple', ${queryTokens(query)})
    ORDER BY ts_rank("searchVector", to_tsquery('simple', ${queryTokens(query)})) DESC, "publishedAt" DESC, id
    LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

describe("the front page on a generated archive", () => {
  it("is rendered in at most three queries, and shows what the plain reads showed", async () => {
    const { result, queries } = await watcher.capture(() => loadFrontPage(db, newsroom.now));
    expect(queries.length).toBeLessThanOrEqual(3);
    expect(result.layout.lead).not.toBeNull();
    expect(Object.keys(result.cards).length).toBeGreaterThan(10);
    expect(result.pages.length).toBeGreaterThan(1);
    expect(result).toEqual(await prismaFrontPage(newsroom.now));
  });

  it("is the same at a moment in the middle of the archive", async () => {
    const then = new Date(newsroom.now.getTime() - 400 * 86_400_000);
    expect(await loadFrontPage(db, then)).toEqual(await prismaFrontPage(then));
  });
});

describe("reader listings on a generated archive", () => {
  it("a section's first and last pages are the cards Prisma reads, with the same page count", async () => {
    const first = (await sectionPage(db, "news", 1, newsroom.now))!;
    const where = { ...liveWhere(newsroom.now), section: { slug: "news" } };
    const total = await db.article.count({ where });
    expect(first.pages).toBe(Math.ceil(total / LISTING_PAGE_SIZE));
    expect(first.cards).toEqual(await prismaCards(where, LISTING_PAGE_SIZE));
    const last = (await sectionPage(db, "news", first.pages, newsroom.now))!;
    expect(last.cards.length).toBeGreaterThan(0);
    expect(last.cards).toEqual(await prismaCards(where, LISTING_PAGE_SIZE, (first.pages - 1) * LISTING_PAGE_SIZE));
  });

  it("an edition's pages hold the cards Prisma reads for that date", async () => {
    const date = newsroom.newestEdition;
    const edition = await editionPages(db, date, newsroom.now);
    const expected = await prismaCards({ ...liveWhere(newsroom.now), editionDate: new Date(`${date}T00:00:00Z`) }, 500);
    expect(edition.pages.flatMap((p) => p.cards).sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
    expect(edition.previous).not.toBeNull();
  });
});

describe("search on a generated archive", () => {
  it("ranks every match exactly as before when fewer than SEARCH_CANDIDATES match", async () => {
    for (const query of ["GDP", "PM2.5", "量子通信"]) {
      const all = await rankAll(query, newsroom.now, 10_000);
      expect(all.length).toBeLessThan(SEARCH_CANDIDATES);
      const result = await searchArticles(db, query, 1, newsroom.now);
      expect({ ids: result.hits.map((h) => h.id), total: result.total, capped: result.capped }).toEqual({ ids: all.slice(0, 20), total: all.length, capped: false });
    }
  });

  it("ranks the newest SEARCH_CANDIDATES matches of a common word, and says there are more", async () => {
    const all = await rankAll("发展", newsroom.now, 100_000);
    expect(all.length).toBeGreaterThan(SEARCH_CANDIDATES);
    const newest = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Article" WHERE id = ANY(${all}::text[]) ORDER BY "publishedAt" DESC, id LIMIT ${SEARCH_CANDIDATES}`;
    const ranked = new Set(newest.map((r) => r.id));
    const expected = all.filter((id) => ranked.has(id));
    const page2 = await searchArticles(db, "发展", 2, newsroom.now);
    expect(page2).toMatchObject({ total: SEARCH_CANDIDATES, capped: true, pages: SEARCH_CANDIDATES / 20 });
    expect(page2.hits.map((h) => h.id)).toEqual(expected.slice(20, 40));
    expect((await searchArticles(db, "发展", 51, newsroom.now)).hits).toEqual([]);
  });
});

describe("query plans on a generated archive", () => {
  // With real statistics of a few thousand rows, a word in most articles is
  // cheapest to find by reading the whole (small) table, and PostgreSQL
  // rightly does; bench/database.ts checks those at 10,000 and 100,000.
  const COMMON = new Set(SEARCH_TERMS.filter((t) => ["发展", "开发区", "疫情防控", "安"].includes(t.query)).map((t) => `search-${t.name}`));

  it("no read of the front page, sections, editions, search, review queue or My desk scans the Article table", async () => {
    const scanned: string[] = [];
    for (const op of await operations(db, newsroom)) {
      if (COMMON.has(op.name) || op.name === "search-common-page-10") continue;
      const { queries } = await watcher.capture(op.run);
      expect(queries.length, op.name).toBeGreaterThan(0);
      const plans = await explainAll(url, queries);
      if (plans.some(scansArticles)) scanned.push(op.name);
    }
    expect(scanned).toEqual([]);
  });
});

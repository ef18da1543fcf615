// Only live articles reach readers' feeds and sitemaps: PUBLISHED and due.
// Scheduled (publishedAt in the future), retracted, spiked and unfinished
// articles stay out, whatever their dates say.
import { beforeEach, describe, expect, it } from "vitest";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { makeSection, makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { bypassStatusGuard } from "@/lib/testing/status";
import { feedArticles, newsSitemapArticles, nextScheduledAt, sitemapArticles, sitemapSections } from "./queries";
import { renderRss } from "./rss";
import { xmlProblem } from "./well-formed";

const db = testDb();
beforeEach(() => resetDatabase(db));

const NOW = new Date("2021-11-02T12:00:00Z");
const HOUR = 60 * 60 * 1000;
const at = (hoursFromNow: number) => new Date(NOW.getTime() + hoursFromNow * HOUR);

interface Fixture {
  slug: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  sectionId?: string | null;
  summary?: string | null;
}

async function setup() {
  const author = await makeUser("REPORTER");
  const zone = await makeSection(db, "development-zone");
  const news = await makeSection(db, "news");
  const create = (f: Fixture) =>
    bypassStatusGuard(db, (tx) => tx.article.create({
      data: {
        slug: f.slug,
        headline: `标题 ${f.slug}`,
        kicker: "引题",
        summary: f.summary ?? null,
        body: "第一段。\n\n第二段。",
        status: f.status,
        publishedAt: f.publishedAt,
        sectionId: f.sectionId === undefined ? zone.id : f.sectionId,
        createdById: author.id,
        contributors: {
          create: [
            { position: 0, name: "郭坤", role: "REPORTER", credit: "TEXT_AND_PHOTO" },
            { position: 1, name: "曹文娟", role: "CORRESPONDENT", credit: "TEXT_AND_PHOTO" },
          ],
        },
      },
    }));
  return { zone, news, create };
}

/** One article in every state that must stay out, and one live one. */
async function everyState() {
  const { create, ...rest } = await setup();
  await create({ slug: "live", status: "PUBLISHED", publishedAt: at(-1) });
  await create({ slug: "scheduled", status: "PUBLISHED", publishedAt: at(+1) });
  await create({ slug: "draft", status: "DRAFT", publishedAt: null });
  await create({ slug: "submitted", status: "SUBMITTED", publishedAt: null });
  await create({ slug: "approved", status: "APPROVED", publishedAt: at(-2) });
  await create({ slug: "scheduled-status", status: "SCHEDULED", publishedAt: at(-2) });
  await create({ slug: "retracted", status: "RETRACTED", publishedAt: at(-3) });
  await create({ slug: "spiked", status: "SPIKED", publishedAt: at(-4) });
  return { create, ...rest };
}

describe("only live articles", () => {
  it("feedArticles lists the published, due article and nothing else", async () => {
    await everyState();
    expect((await feedArticles(db, NOW)).map((a) => a.slug)).toEqual(["live"]);
  });

  it("sitemapArticles lists the published, due article and nothing else", async () => {
    await everyState();
    expect((await sitemapArticles(db, NOW)).map((a) => a.slug)).toEqual(["live"]);
  });

  it("newsSitemapArticles lists the published, due article and nothing else", async () => {
    await everyState();
    expect((await newsSitemapArticles(db, NOW)).map((a) => a.slug)).toEqual(["live"]);
  });

  it("lets the scheduled article in once its time has come", async () => {
    await everyState();
    expect((await feedArticles(db, at(+1))).map((a) => a.slug)).toEqual(["scheduled", "live"]);
    expect(await nextScheduledAt(db, NOW)).toBe(at(+1).toISOString());
    expect(await nextScheduledAt(db, at(+1))).toBeNull();
  });
});

describe("feedArticles", () => {
  it("gives plain JSON: the first paragraph without a summary, byline parts in order, the section", async () => {
    const { create } = await setup();
    await create({ slug: "a", status: "PUBLISHED", publishedAt: at(-1) });
    await create({ slug: "b", status: "PUBLISHED", publishedAt: at(-2), summary: "  摘要。 " });
    const [a, b] = await feedArticles(db, NOW);
    expect(a).toEqual({
      slug: "a",
      headline: "标题 a",
      type: "NEWS",
      description: "第一段。",
      dateline: "本报讯",
      publishedAt: at(-1).toISOString(),
      section: { slug: "development-zone", nameZh: "开发区", nameEn: "Development Zone" },
      contributors: [
        { name: "郭坤", role: "REPORTER", credit: "TEXT_AND_PHOTO" },
        { name: "曹文娟", role: "CORRESPONDENT", credit: "TEXT_AND_PHOTO" },
      ],
    });
    expect(b?.description).toBe("摘要。");
  });

  it("renders from the database into a valid feed with the newspaper byline", async () => {
    const { create } = await setup();
    await create({ slug: "a", status: "PUBLISHED", publishedAt: at(-1) });
    const items = await feedArticles(db, NOW);
    const xml = renderRss({ title: "示例日报", link: "http://x/", feedUrl: "http://x/feed.xml", description: "d", language: "zh-CN", items });
    expect(xmlProblem(xml)).toBeNull();
    expect(xml).toContain("<dc:creator>本报讯 (记者 郭坤 通讯员 曹文娟 文/图)</dc:creator>");
    expect(xml).toContain("<title>标题 a</title>");
    expect(xml).not.toContain("引题");
  });

  it("keeps a section's feed to that section, newest first, and honours the limit", async () => {
    const { news, create } = await setup();
    await create({ slug: "zone-old", status: "PUBLISHED", publishedAt: at(-3) });
    await create({ slug: "zone-new", status: "PUBLISHED", publishedAt: at(-1) });
    await create({ slug: "news-1", status: "PUBLISHED", publishedAt: at(-2), sectionId: news.id });
    await create({ slug: "no-section", status: "PUBLISHED", publishedAt: at(-2.5), sectionId: null });
    await create({ slug: "zone-later", status: "PUBLISHED", publishedAt: at(+1) });

    const slugs = async (sectionSlug?: string, limit?: number) =>
      (await feedArticles(db, NOW, { sectionSlug, limit })).map((a) => a.slug);
    expect(await slugs("development-zone")).toEqual(["zone-new", "zone-old"]);
    expect(await slugs("news")).toEqual(["news-1"]);
    expect(await slugs("missing")).toEqual([]);
    expect(await slugs(undefined, 2)).toEqual(["zone-new", "news-1"]);
    expect(await slugs()).toHaveLength(4);
  });
});

describe("sitemaps", () => {
  it("sitemapArticles gives slug, dates and section, newest first, in slices", async () => {
    const { create } = await setup();
    for (let i = 1; i <= 5; i++) await create({ slug: `s${i}`, status: "PUBLISHED", publishedAt: at(-i) });
    const all = await sitemapArticles(db, NOW);
    expect(all.map((a) => a.slug)).toEqual(["s1", "s2", "s3", "s4", "s5"]);
    expect(all[0]).toMatchObject({ publishedAt: at(-1).toISOString(), sectionSlug: "development-zone" });
    expect(typeof all[0]?.updatedAt).toBe("string");
    expect((await sitemapArticles(db, NOW, { skip: 2, take: 2 })).map((a) => a.slug)).toEqual(["s3", "s4"]);
  });

  it("the news sitemap keeps the last 48 hours only", async () => {
    const { create } = await setup();
    await create({ slug: "today", status: "PUBLISHED", publishedAt: at(-1) });
    await create({ slug: "yesterday", status: "PUBLISHED", publishedAt: at(-30) });
    await create({ slug: "edge", status: "PUBLISHED", publishedAt: at(-48) });
    await create({ slug: "three-days", status: "PUBLISHED", publishedAt: at(-72) });
    const news = await newsSitemapArticles(db, NOW);
    expect(news.map((a) => a.slug)).toEqual(["today", "yesterday", "edge"]);
    expect(news[0]).toEqual({ slug: "today", headline: "标题 today", publishedAt: at(-1).toISOString() });
  });

  it("sitemapSections lists every section in the configured order", async () => {
    await setup();
    expect((await sitemapSections(db)).map((s) => s.slug)).toEqual(["development-zone", "news"]);
  });
});

// The demo newsroom a fresh install starts with: sections, the four demo
// accounts and the 2021-11-02 开发区 page, seeded once.
import { beforeEach, describe, expect, it } from "vitest";
import { cardsByIds, getPublishedArticle } from "@/lib/articles/public";
import { checkCredentials } from "@/lib/auth/credentials";
import { resetDatabase, testDb } from "@/lib/testing/db";
import { DEMO_PASSWORD, seedDemo } from "./seed";

const db = testDb();
beforeEach(() => resetDatabase(db));

describe("seedDemo", () => {
  it("creates the four sections in order", async () => {
    await seedDemo(db);
    const sections = await db.section.findMany({ orderBy: { position: "asc" } });
    expect(sections.map((s) => s.nameZh)).toEqual(["要闻", "开发区", "评论", "社会"]);
  });

  it("creates the four demo accounts, each signing in with the demo password", async () => {
    await seedDemo(db);
    expect(DEMO_PASSWORD).toBe("copydesk-demo");
    const expected = [
      ["reporter@copydesk.test", "REPORTER"],
      ["editor@copydesk.test", "EDITOR"],
      ["chief@copydesk.test", "CHIEF_EDITOR"],
      ["admin@copydesk.test", "ADMIN"],
    ] as const;
    expect(await db.user.count()).toBe(expected.length);
    for (const [email, role] of expected) {
      const signedIn = await checkCredentials(db, { email, password: "copydesk-demo" });
      expect(signedIn, email).toMatchObject({ email, role });
      expect(await checkCredentials(db, { email, password: "wrong-password" })).toBeNull();
    }
  });

  it("publishes the lead story as LEAD in 开发区 with its byline", async () => {
    await seedDemo(db);
    const lead = await db.article.findFirstOrThrow({
      where: { placement: "LEAD" },
      include: { section: true, contributors: { orderBy: { position: "asc" } } },
    });
    expect(lead).toMatchObject({
      status: "PUBLISHED",
      kicker: "开发区学习贯彻省第十一次党代会、省委第十一届一次全会和全市领导干部大会会议精神",
      headline: "把会议精神转化为强大工作动力",
      dateline: "本报讯",
      section: { nameZh: "开发区" },
    });
    expect(lead.body.length).toBeGreaterThan(100);
    expect(lead.contributors.map((c) => [c.name, c.role, c.credit])).toEqual([
      ["郭坤", "REPORTER", "TEXT_AND_PHOTO"],
      ["曹文娟", "CORRESPONDENT", "TEXT_AND_PHOTO"],
    ]);
    // The demo reporter account is 郭坤: the byline links to it.
    const reporter = await db.user.findUniqueOrThrow({ where: { email: "reporter@copydesk.test" } });
    expect(lead.contributors[0]?.userId).toBe(reporter.id);
    expect(await db.article.count({ where: { placement: "LEAD" } })).toBe(1);
  });

  it("publishes every imported story in the 2021-11-02 edition, the lead newest", async () => {
    const result = await seedDemo(db);
    expect(result.seeded).toBe(true);
    expect(result.articles).toBeGreaterThan(1);
    const articles = await db.article.findMany({ orderBy: { publishedAt: "desc" } });
    expect(articles).toHaveLength(result.articles);
    for (const article of articles) {
      expect(article.status, article.headline).toBe("PUBLISHED");
      expect(article.editionDate?.toISOString().slice(0, 10), article.headline).toBe("2021-11-02");
      expect(article.publishedAt, article.headline).not.toBeNull();
      expect(article.slug).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
    }
    expect(articles[0]?.placement).toBe("LEAD");
    const events = await db.workflowEvent.count({ where: { toStatus: "PUBLISHED" } });
    expect(events).toBe(result.articles);
  });

  it("seeds nothing the second time", async () => {
    await seedDemo(db);
    const counts = async () => [await db.user.count(), await db.section.count(), await db.article.count(), await db.workflowEvent.count()];
    const before = await counts();

    expect(await seedDemo(db)).toEqual({ seeded: false, articles: 0 });
    expect(await counts()).toEqual(before);
  });
});

describe("the lead story's photo", () => {
  it("has caption slots waiting in the desk, which readers do not see until a picture arrives", async () => {
    const db = testDb();
    await resetDatabase(db);
    await seedDemo(db);
    const lead = await db.article.findFirstOrThrow({ where: { headline: "把会议精神转化为强大工作动力" }, include: { photos: true } });
    expect(lead.photos).toHaveLength(1);
    expect(lead.photos[0]).toMatchObject({ caption: "", mediaId: null });
    const published = await getPublishedArticle(db, lead.slug);
    expect(published?.photos).toEqual([]);
    const photoStory = await db.article.findFirstOrThrow({ where: { type: "PHOTO_STORY" }, include: { photos: { orderBy: { position: "asc" } } } });
    expect(photoStory.photos.map((p) => p.caption)).toEqual(["维修破损路面", "为窨井安装防坠网"]);
    // Captioned, but their pictures have not arrived: readers see no photo at all, in the article or on cards.
    expect((await getPublishedArticle(db, photoStory.slug))?.photos).toEqual([]);
    expect((await cardsByIds(db, [photoStory.id], new Date())).get(photoStory.id)?.photos).toEqual([]);
  });
});

describe("the proofreading word list", () => {
  it("starts with the starter list, kept by the admin", async () => {
    const db = testDb();
    await resetDatabase(db);
    await seedDemo(db);
    const { STARTER_WORDS } = await import("@/lib/proofread/words/starter");
    const words = await db.proofWord.findMany({ include: { createdBy: { select: { role: true } } } });
    expect(words.map((w) => w.term).sort()).toEqual(STARTER_WORDS.map((w) => w.term).sort());
    expect(new Set(words.map((w) => w.createdBy.role))).toEqual(new Set(["ADMIN"]));
  });
});

// What readers get of the printed pages: a page is theirs once one of its
// stories is live; its regions link only live stories; its files are served
// publicly from then on, privately to staff before.
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createFromImport } from "@/lib/import/create";
import { bypassStatusGuard } from "@/lib/testing/status";
import { makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { fileFor, findServablePage } from "./access";
import { editionPageLinks, printedPageImage, readerEditionPage } from "./public";

const db = testDb();
beforeEach(() => resetDatabase(db));

const DATE = "2021-11-02";
const variants = [300, 600, 1200, 2400].map((width) => ({ width, height: Math.round(width * 1.43), bytes: width * 10 }));
const anonymous = async () => null;
const as = (actor: Actor) => async () => actor;

const story = (headline: string) => ({
  kicker: null,
  headline,
  subheadline: null,
  dateline: "本报讯",
  contributors: [{ name: "郭坤", role: "REPORTER" as const, credit: "TEXT" as const }],
  type: "NEWS" as const,
  column: null,
  paragraphs: [`${headline}。正文。`],
  captions: [],
});

/** Pages 1 and 3 of the day with stories; page 3 uploaded with a region per story and one unlinked. */
async function edition() {
  const chief = await makeUser("CHIEF_EDITOR");
  const on = (pageNumber: number, pageName: string, headlines: string[]) =>
    createFromImport(db, chief, { articles: headlines.map(story), sectionId: null, mode: "publish", edition: { date: DATE, pageNumber, pageName } });
  const [front] = await on(1, "要闻", ["全市经济运行稳中向好"]);
  const three = await on(3, "开发区", ["夜市经济点亮开发区", "黄河路改造工程完工通车"]);
  const page = await db.editionPage.create({
    data: {
      editionDate: new Date(`${DATE}T00:00:00Z`),
      number: 3,
      key: "b".repeat(32),
      sourceType: "application/pdf",
      originalName: "03.pdf",
      pdfBytes: 1000,
      width: 2400,
      height: 3432,
      variants,
      hasText: true,
      uploadedById: chief.id,
      regions: {
        create: [
          { x: 400, y: 700, width: 9200, height: 2000, articleId: three[0]!.id },
          { x: 400, y: 2800, width: 4500, height: 600, articleId: three[1]!.id },
          { x: 5000, y: 2800, width: 4500, height: 600, articleId: null },
        ],
      },
    },
  });
  return { chief, front: front!, three, page };
}

describe("readerEditionPage", () => {
  it("gives the page image, a region per live story named by its headline, the story list, and the day's pages around it", async () => {
    const { page, three } = await edition();
    const reader = (await readerEditionPage(db, DATE, 3))!;
    expect(reader).toMatchObject({ date: DATE, number: 3, name: "开发区", pdf: true, previous: 1, next: null });
    expect(reader.image).toEqual({ id: page.id, width: 2400, height: 3432, variants });
    // The unlinked region is not a link to anything: readers do not get it.
    expect(reader.regions).toEqual([
      { x: 400, y: 700, width: 9200, height: 2000, slug: three[0]!.slug, headline: "夜市经济点亮开发区" },
      { x: 400, y: 2800, width: 4500, height: 600, slug: three[1]!.slug, headline: "黄河路改造工程完工通车" },
    ]);
    expect(reader.stories.map((s) => s.headline).sort()).toEqual(["夜市经济点亮开发区", "黄河路改造工程完工通车"]);
    expect(reader.pages).toEqual([
      { number: 1, name: "要闻", image: null },
      { number: 3, name: "开发区", image: reader.image },
    ]);
    // A page without an upload is still a page: its list of stories.
    expect(await readerEditionPage(db, DATE, 1)).toMatchObject({ image: null, regions: [], next: 3, stories: [{ headline: "全市经济运行稳中向好" }] });
    expect(await readerEditionPage(db, DATE, 2)).toBeNull();
    expect(await readerEditionPage(db, "2021-11-03", 3)).toBeNull();
  });

  it("never links a story that is not live: a retracted story's region and list entry go", async () => {
    const { three } = await edition();
    await bypassStatusGuard(db, (tx) => tx.article.update({ where: { id: three[1]!.id }, data: { status: "RETRACTED" } }));
    const reader = (await readerEditionPage(db, DATE, 3))!;
    expect(reader.regions.map((r) => r.headline)).toEqual(["夜市经济点亮开发区"]);
    expect(reader.stories.map((s) => s.headline)).toEqual(["夜市经济点亮开发区"]);
  });

  it("hides a page until one of its stories is live, image and all", async () => {
    const { three, page } = await edition();
    const before = new Date("2000-01-01T00:00:00Z");
    expect(await readerEditionPage(db, DATE, 3, before)).toBeNull();
    expect((await editionPageLinks(db, DATE)).map((p) => [p.number, p.id])).toEqual([
      [1, null],
      [3, page.id],
    ]);
    expect(await printedPageImage(db, DATE, 3)).toMatchObject({ id: page.id });
    expect(await printedPageImage(db, DATE, 1)).toBeNull();
    expect(three).toHaveLength(2);
  });
});

describe("findServablePage", () => {
  it("serves a page with a live story to anyone, publicly, without reading the session", async () => {
    const { page } = await edition();
    const noSession = async () => {
      throw new Error("the session should not be read for a public page");
    };
    const servable = (await findServablePage(db, page.id, noSession))!;
    expect(servable).toMatchObject({ key: page.key, public: true, editionDate: DATE, number: 3 });
    expect(fileFor(servable, "1200")).toBe(1200);
    expect(fileFor(servable, "pdf")).toBe("pdf");
    expect(fileFor(servable, "01200")).toBeNull();
    expect(fileFor(servable, "800")).toBeNull();
    expect(fileFor(servable, "../x")).toBeNull();
  });

  it("keeps a page whose stories are not live yet to staff, privately", async () => {
    const { page } = await edition();
    const before = new Date("2000-01-01T00:00:00Z");
    expect(await findServablePage(db, page.id, anonymous, before)).toBeNull();
    expect(await findServablePage(db, page.id, as(await makeUser("REPORTER")), before)).toMatchObject({ public: false });
    expect(await findServablePage(db, "c".repeat(25), anonymous)).toBeNull();
  });
});

// Creating articles from an imported page: drafts for the desk, or an archive
// import published into its edition; who may do which; all or nothing.
import { beforeEach, describe, expect, it } from "vitest";
import type { Tx } from "@/lib/database/client";
import { makeSection, makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import type { ImportedArticleInput } from "@/lib/validation/import";
import { createFromImport, createFromImportIn } from "./create";

const db = testDb();
beforeEach(() => resetDatabase(db));

const story = (overrides: Partial<ImportedArticleInput> = {}): ImportedArticleInput => ({
  kicker: "开发区学习贯彻会议精神",
  headline: "把会议精神转化为强大工作动力",
  subheadline: "",
  dateline: "本报讯",
  contributors: [
    { name: "郭坤", role: "REPORTER", credit: "TEXT_AND_PHOTO" },
    { name: "曹文娟", role: "CORRESPONDENT", credit: "TEXT_AND_PHOTO" },
  ],
  type: "NEWS",
  column: null,
  paragraphs: ["第一段。", "第二段。"],
  captions: ["图为会议现场。", "图为参会人员。"],
  ...overrides,
});

const edition = { date: "2021-11-02", pageNumber: 3, pageName: "开发区" };
const load = (id: string) =>
  db.article.findUniqueOrThrow({
    where: { id },
    include: {
      contributors: { orderBy: { position: "asc" } },
      photos: { orderBy: { position: "asc" } },
      events: { orderBy: { toStatus: "asc" } },
    },
  });

describe("createFromImport as drafts", () => {
  it("stores every field, the photo slots and a DRAFT event noted 'imported'", async () => {
    const editor = await makeUser("EDITOR");
    const section = await makeSection(db);
    const now = new Date("2024-05-06T02:00:00Z");
    const [created] = await createFromImport(db, editor, { articles: [story()], sectionId: section.id, mode: "drafts" }, now);

    const row = await load(created!.id);
    expect(row).toMatchObject({
      kicker: "开发区学习贯彻会议精神",
      headline: "把会议精神转化为强大工作动力",
      subheadline: null,
      dateline: "本报讯",
      body: "第一段。\n\n第二段。",
      type: "NEWS",
      status: "DRAFT",
      placement: "STANDARD",
      sectionId: section.id,
      createdById: editor.id,
      createdAt: now,
      publishedAt: null,
      editionDate: null,
      pageNumber: null,
    });
    expect(row.slug).toMatch(/^2024-05-06-[a-z0-9]+$/);
    expect(row.contributors.map((c) => [c.position, c.name, c.role, c.credit])).toEqual([
      [0, "郭坤", "REPORTER", "TEXT_AND_PHOTO"],
      [1, "曹文娟", "CORRESPONDENT", "TEXT_AND_PHOTO"],
    ]);
    expect(row.photos.map((p) => [p.position, p.caption])).toEqual([[0, "图为会议现场。"], [1, "图为参会人员。"]]);
    expect(row.events.map((e) => [e.fromStatus, e.toStatus, e.note, e.actorId])).toEqual([[null, "DRAFT", "imported", editor.id]]);
    // Indexed for search in the same transaction, like every other write.
    const [indexed] = await db.$queryRaw<{ ok: boolean }[]>`SELECT "searchVector" IS NOT NULL AS ok FROM "Article" WHERE id = ${row.id}`;
    expect(indexed?.ok).toBe(true);
  });

  it("keeps an empty dateline and a commentary's column", async () => {
    const editor = await makeUser("EDITOR");
    const [created] = await createFromImport(db, editor, {
      articles: [story({ type: "COMMENTARY", column: "今日评论", dateline: "", contributors: [{ name: "李清华", role: "REPORTER", credit: "TEXT" }], captions: [] })],
      sectionId: null,
      mode: "drafts",
    });
    expect(await load(created!.id)).toMatchObject({ dateline: "", type: "COMMENTARY", column: "今日评论", sectionId: null });
  });

  it("links a byline name to the one active staff member of that name, never to namesakes", async () => {
    const editor = await makeUser("EDITOR");
    const guo = await db.user.create({ data: { email: "guo@test.local", name: "郭坤", role: "REPORTER", passwordHash: "x" } });
    await db.user.createMany({
      data: [
        { email: "cao1@test.local", name: "曹文娟", role: "REPORTER", passwordHash: "x" },
        { email: "cao2@test.local", name: "曹文娟", role: "REPORTER", passwordHash: "x" },
      ],
    });
    const [created] = await createFromImport(db, editor, { articles: [story()], sectionId: null, mode: "drafts" });
    expect((await load(created!.id)).contributors.map((c) => c.userId)).toEqual([guo.id, null]);
  });

  it("lets an editor import drafts but not a reporter", async () => {
    const reporter = await makeUser("REPORTER");
    await expect(createFromImport(db, reporter, { articles: [story()], sectionId: null, mode: "drafts" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.article.count()).toBe(0);
  });
});

describe("createFromImport publishing an archived page", () => {
  it("publishes in page order: the lead newest at 07:00 Beijing time, briefs as briefs, events noted", async () => {
    const chief = await makeUser("CHIEF_EDITOR");
    const section = await makeSection(db);
    const articles = [story({ headline: "头条" }), story({ headline: "二条" }), story({ headline: "简讯", type: "BRIEF" })];
    const created = await createFromImport(db, chief, { articles, sectionId: section.id, mode: "publish", edition });

    const rows = await Promise.all(created.map((c) => load(c.id)));
    expect(rows.map((r) => [r.headline, r.placement, r.publishedAt?.toISOString()])).toEqual([
      ["头条", "LEAD", "2021-11-01T23:00:00.000Z"],
      ["二条", "STANDARD", "2021-11-01T22:59:00.000Z"],
      ["简讯", "BRIEF", "2021-11-01T22:58:00.000Z"],
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({ status: "PUBLISHED", sectionId: section.id, pageNumber: 3, pageName: "开发区", createdById: chief.id });
      expect(row.editionDate?.toISOString().slice(0, 10)).toBe("2021-11-02");
      expect(row.slug.startsWith("2021-11-02-")).toBe(true);
      expect(row.events.map((e) => [e.fromStatus, e.toStatus, e.note])).toEqual([
        [null, "DRAFT", "imported"],
        ["DRAFT", "PUBLISHED", "archive import"],
      ]);
    }
  });

  it("continues the running order in a later batch: no second lead", async () => {
    const admin = await makeUser("ADMIN");
    const [created] = await createFromImport(db, admin, { articles: [story()], sectionId: null, mode: "publish", edition, firstIndex: 10 });
    const row = await load(created!.id);
    expect(row.placement).toBe("STANDARD");
    expect(row.publishedAt?.toISOString()).toBe("2021-11-01T22:50:00.000Z");
  });

  it("refuses an editor, whatever the desk showed, and creates nothing", async () => {
    const editor = await makeUser("EDITOR");
    await expect(createFromImport(db, editor, { articles: [story()], sectionId: null, mode: "publish", edition })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await db.article.count()).toBe(0);
  });

  it("runs inside a caller's transaction, seeing what it wrote and rolling back with it", async () => {
    const publishOne = async (tx: Tx) => {
      const chief = await tx.user.create({ data: { email: "chief@test.local", name: "王文", role: "CHIEF_EDITOR", passwordHash: "x" } });
      return createFromImportIn(tx, chief, { articles: [story()], sectionId: null, mode: "publish", edition });
    };
    await db.$transaction(publishOne);
    expect(await db.article.count({ where: { status: "PUBLISHED" } })).toBe(1);

    await resetDatabase(db);
    await expect(
      db.$transaction(async (tx) => {
        await publishOne(tx);
        throw new Error("the caller gives up");
      }),
    ).rejects.toThrow("the caller gives up");
    expect(await db.article.count()).toBe(0);
  });
});

describe("createFromImport with bad input", () => {
  it.each([
    ["no articles", { articles: [], sectionId: null, mode: "drafts" as const }],
    ["an empty headline", { articles: [story(), story({ headline: "  " })], sectionId: null, mode: "drafts" as const }],
    ["publishing without an edition", { articles: [story()], sectionId: null, mode: "publish" as const }],
    ["a page number of 0", { articles: [story()], sectionId: null, mode: "publish" as const, edition: { ...edition, pageNumber: 0 } }],
    ["a date that does not exist", { articles: [story()], sectionId: null, mode: "publish" as const, edition: { ...edition, date: "2021-02-30" } }],
    ["an unknown section", { articles: [story(), story()], sectionId: "no-such-section", mode: "drafts" as const }],
  ])("refuses %s with invalid_input and creates nothing", async (_, input) => {
    const chief = await makeUser("CHIEF_EDITOR");
    await expect(createFromImport(db, chief, input)).rejects.toMatchObject({ code: "invalid_input" });
    expect(await db.article.count()).toBe(0);
    expect(await db.workflowEvent.count()).toBe(0);
  });
});

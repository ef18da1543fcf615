// Creating and editing an article's text: what is stored, who may save over
// what, and optimistic locking (a save from an old version is refused).
import { beforeEach, describe, expect, it } from "vitest";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { transition } from "@/lib/workflow/transition";
import { createArticle, updateArticle } from "./save";

const db = testDb();
beforeEach(() => resetDatabase(db));

const load = (id: string) =>
  db.article.findUniqueOrThrow({ where: { id }, include: { contributors: { orderBy: { position: "asc" } } } });

describe("createArticle", () => {
  it("stores the fields, the contributors in order, a DRAFT event and an ASCII slug", async () => {
    const author = await makeUser("REPORTER");
    const fields = sampleFields({ kicker: "引题", subheadline: "副题", summary: "摘要", dateline: "新华社北京11月1日电" });
    const saved = await createArticle(db, author, fields, new Date("2021-11-02T01:00:00Z"));

    expect(saved.version).toBe(1);
    expect(saved.slug).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
    expect(saved.slug.startsWith("2021-11-02-")).toBe(true);

    const row = await load(saved.id);
    expect(row).toMatchObject({
      slug: saved.slug,
      kicker: "引题",
      headline: fields.headline,
      subheadline: "副题",
      dateline: "新华社北京11月1日电",
      summary: "摘要",
      body: "第一段。\n\n第二段。",
      status: "DRAFT",
      version: 1,
      createdById: author.id,
      sectionId: null,
      publishedAt: null,
    });
    expect(row.contributors.map((c) => [c.position, c.name, c.role, c.credit])).toEqual([
      [0, "郭坤", "REPORTER", "TEXT_AND_PHOTO"],
      [1, "曹文娟", "CORRESPONDENT", "TEXT_AND_PHOTO"],
    ]);
    const events = await db.workflowEvent.findMany({ where: { articleId: saved.id } });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([[null, "DRAFT", author.id]]);
  });
});

describe("updateArticle", () => {
  it("saves over the current version and bumps it", async () => {
    const author = await makeUser("REPORTER");
    const { id } = await createArticle(db, author, sampleFields());
    const fields = sampleFields({
      headline: "新标题",
      body: "改过的正文。",
      contributors: [{ name: "王敏", role: "PHOTOGRAPHER", credit: "PHOTO" }],
    });

    const saved = await updateArticle(db, author, id, 1, fields);
    expect(saved.version).toBe(2);
    const row = await load(id);
    expect(row).toMatchObject({ headline: "新标题", body: "改过的正文。", version: 2 });
    expect(row.contributors.map((c) => [c.position, c.name, c.role, c.credit])).toEqual([[0, "王敏", "PHOTOGRAPHER", "PHOTO"]]);
  });

  it("refuses a stale version with conflict and changes nothing", async () => {
    const author = await makeUser("REPORTER");
    const { id } = await createArticle(db, author, sampleFields());
    await updateArticle(db, author, id, 1, sampleFields({ body: "第二版。" }));

    await expect(updateArticle(db, author, id, 1, sampleFields({ body: "基于旧版的修改。" }))).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await load(id)).toMatchObject({ body: "第二版。", version: 2 });
  });

  it("does not let a reporter save over another reporter's draft", async () => {
    const author = await makeUser("REPORTER");
    const other = await makeUser("REPORTER");
    const { id } = await createArticle(db, author, sampleFields());

    await expect(updateArticle(db, other, id, 1, sampleFields({ body: "不是我的稿子。" }))).rejects.toMatchObject({
      code: "forbidden",
    });
    const row = await load(id);
    expect(row).toMatchObject({ body: "第一段。\n\n第二段。", version: 1 });
    expect(row.contributors).toHaveLength(2);
  });

  it("does not let a reporter edit their own article once submitted", async () => {
    const author = await makeUser("REPORTER");
    const { id } = await createArticle(db, author, sampleFields());
    await transition(db, author, { articleId: id, name: "submit", expectedVersion: 1 });

    await expect(updateArticle(db, author, id, 2, sampleFields({ body: "交稿后又改。" }))).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await load(id)).toMatchObject({ body: "第一段。\n\n第二段。", version: 2, status: "SUBMITTED" });
  });

  it("lets an editor edit a submitted article", async () => {
    const author = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const { id } = await createArticle(db, author, sampleFields());
    await transition(db, author, { articleId: id, name: "submit", expectedVersion: 1 });

    const saved = await updateArticle(db, editor, id, 2, sampleFields({ headline: "编辑改的标题" }));
    expect(saved.version).toBe(3);
    expect(await load(id)).toMatchObject({ headline: "编辑改的标题", status: "SUBMITTED", createdById: author.id });
  });

  it("refuses an unknown article with not_found", async () => {
    const author = await makeUser("REPORTER");
    await expect(updateArticle(db, author, "missing", 1, sampleFields())).rejects.toMatchObject({ code: "not_found" });
  });

  it("lets exactly one of two concurrent saves from the same version win, every time", async () => {
    const author = await makeUser("REPORTER");
    const { id } = await createArticle(db, author, sampleFields());
    // 100 rounds (issue #7). Where the losing text is kept is tested with
    // the autosavers in lib/autosave/concurrent-saves.test.ts.
    for (let round = 1; round <= 100; round++) {
      const texts = [`A${round}`, `B${round}`];
      const outcomes = await Promise.allSettled(texts.map((body) => updateArticle(db, author, id, round, sampleFields({ body }))));
      const won = outcomes.findIndex((o) => o.status === "fulfilled");
      const lost = outcomes.filter((o) => o.status === "rejected");
      expect(outcomes.filter((o) => o.status === "fulfilled"), `round ${round}`).toHaveLength(1);
      expect(lost[0]?.reason, `round ${round}`).toMatchObject({ code: "conflict" });
      const row = await load(id);
      expect(row.version).toBe(round + 1);
      // The winner's text, whole: the loser wrote nothing.
      expect(row.body, `round ${round}`).toBe(texts[won]);
      expect(row.contributors).toHaveLength(2);
    }
    // 100 rounds can take longer than the default 20 s on a busy 2-core machine.
  }, 120_000);
});

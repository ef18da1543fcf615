import { beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/save";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { correctArticle } from "./correct";
import { transition } from "./transition";

const db = testDb();
beforeEach(() => resetDatabase(db));

async function publishedArticle() {
  const reporter = await makeUser("REPORTER");
  const editor = await makeUser("EDITOR");
  const article = await createArticle(db, reporter, sampleFields({ body: "参会人数为60人。" }));
  await transition(db, reporter, { articleId: article.id, name: "submit", expectedVersion: 1 });
  await transition(db, editor, { articleId: article.id, name: "publish", expectedVersion: 2 });
  return { id: article.id, editor, reporter };
}

describe("correcting a published article", () => {
  it("saves the text as a revision with a public correction note", async () => {
    const { id } = await publishedArticle();
    const chief = await makeUser("CHIEF_EDITOR");
    await correctArticle(db, chief, { id, expectedVersion: 3, fields: sampleFields({ body: "参会人数为80人。" }), note: "参会人数应为80人。" });
    const article = await db.article.findUniqueOrThrow({ where: { id }, include: { corrections: true } });
    expect(article).toMatchObject({ status: "PUBLISHED", body: "参会人数为80人。", version: 4 });
    expect(article.corrections.map((c) => c.note)).toEqual(["参会人数应为80人。"]);
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: id, kind: "CORRECTION" } });
    expect(article.corrections[0]!.revisionId).toBe(revision.id);
  });

  it("is the chief editor's: an editor is refused and nothing changes", async () => {
    const { id, editor } = await publishedArticle();
    await expect(correctArticle(db, editor, { id, expectedVersion: 3, fields: sampleFields({ body: "改" }), note: "改" })).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).body).toBe("参会人数为60人。");
    expect(await db.correction.count()).toBe(0);
  });

  it("needs a note and the current version", async () => {
    const { id } = await publishedArticle();
    const chief = await makeUser("CHIEF_EDITOR");
    await expect(correctArticle(db, chief, { id, expectedVersion: 3, fields: sampleFields(), note: " " })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(correctArticle(db, chief, { id, expectedVersion: 2, fields: sampleFields(), note: "x" })).rejects.toMatchObject({ code: "conflict" });
  });
});

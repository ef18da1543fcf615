// Autosave coalescing: one author's autosaves less than 10 minutes apart are
// one revision; manual saves always add a row.
import { beforeEach, describe, expect, it } from "vitest";
import { createArticle, updateArticle } from "@/lib/articles/save";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";

const db = testDb();
beforeEach(() => resetDatabase(db));

const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);
const revisions = (articleId: string) =>
  db.articleRevision.findMany({ where: { articleId }, orderBy: { version: "asc" }, select: { kind: true, version: true, snapshot: true, createdAt: true } });

describe("autosave coalescing", () => {
  it("keeps one AUTOSAVE row within 10 minutes, with the latest text, and a new row after", async () => {
    const reporter = await makeUser("REPORTER");
    const { id } = await createArticle(db, reporter, sampleFields());
    const start = new Date();
    const autosave = (version: number, body: string, at: Date) => updateArticle(db, reporter, id, version, sampleFields({ body }), { kind: "AUTOSAVE", now: at });

    await autosave(1, "一", start);
    await autosave(2, "一二", minutes(start, 5));
    await autosave(3, "一二三", minutes(start, 14)); // 9 minutes after the previous autosave
    let rows = await revisions(id);
    expect(rows.map((r) => [r.kind, r.version])).toEqual([
      ["SAVE", 1],
      ["AUTOSAVE", 4],
    ]);
    expect(rows[1]).toMatchObject({ snapshot: { body: "一二三" }, createdAt: minutes(start, 14) });

    await autosave(4, "一二三四", minutes(start, 25));
    rows = await revisions(id);
    expect(rows.map((r) => [r.kind, r.version])).toEqual([
      ["SAVE", 1],
      ["AUTOSAVE", 4],
      ["AUTOSAVE", 5],
    ]);
  });

  it("never merges across a manual save or another author's autosave", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const { id } = await createArticle(db, reporter, sampleFields());
    const start = new Date();
    await updateArticle(db, reporter, id, 1, sampleFields({ body: "甲" }), { kind: "AUTOSAVE", now: start });
    await updateArticle(db, reporter, id, 2, sampleFields({ body: "乙" }), { now: minutes(start, 1) });
    await updateArticle(db, reporter, id, 3, sampleFields({ body: "丙" }), { kind: "AUTOSAVE", now: minutes(start, 2) });
    await updateArticle(db, editor, id, 4, sampleFields({ body: "丁" }), { kind: "AUTOSAVE", now: minutes(start, 3) });
    await updateArticle(db, reporter, id, 5, sampleFields({ body: "戊" }), { now: minutes(start, 4) });
    await updateArticle(db, reporter, id, 6, sampleFields({ body: "己" }), { now: minutes(start, 5) });
    expect((await revisions(id)).map((r) => [r.kind, r.version])).toEqual([
      ["SAVE", 1],
      ["AUTOSAVE", 2],
      ["SAVE", 3],
      ["AUTOSAVE", 4],
      ["AUTOSAVE", 5],
      ["SAVE", 6],
      ["SAVE", 7],
    ]);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/save";
import { makeSection, makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { transition } from "./transition";
import { TRANSITIONS, transitionsFrom } from "./transitions";

const db = testDb();
beforeEach(() => resetDatabase(db));

async function draftBy(role: "REPORTER" | "EDITOR" = "REPORTER") {
  const author = await makeUser(role);
  const article = await createArticle(db, author, sampleFields());
  return { author, article };
}

describe("transition", () => {
  it("submits a draft, bumps the version and records who, from, to", async () => {
    const { author, article } = await draftBy();
    const result = await transition(db, author, { articleId: article.id, name: "submit", expectedVersion: article.version });
    expect(result.status).toBe("SUBMITTED");
    expect(result.version).toBe(article.version + 1);
    const events = await db.workflowEvent.findMany({ where: { articleId: article.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([
      [null, "DRAFT", author.id],
      ["DRAFT", "SUBMITTED", author.id],
    ]);
  });

  it("refuses a stale version and changes nothing", async () => {
    const { author, article } = await draftBy();
    await expect(
      transition(db, author, { articleId: article.id, name: "submit", expectedVersion: article.version - 1 }),
    ).rejects.toMatchObject({ code: "conflict" });
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.status).toBe("DRAFT");
    expect(await db.workflowEvent.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("lets exactly one of two concurrent transitions from the same version win", async () => {
    const { author, article } = await draftBy();
    const editor = await makeUser("EDITOR");
    await transition(db, author, { articleId: article.id, name: "submit", expectedVersion: 1 });
    const section = await makeSection(db);
    const outcomes = await Promise.allSettled([
      transition(db, editor, { articleId: article.id, name: "publish", expectedVersion: 2, placement: { sectionId: section.id, placement: "LEAD" } }),
      transition(db, editor, { articleId: article.id, name: "return", expectedVersion: 2, note: "再核实数字" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "conflict" });
  });

  it("requires a note to return an article", async () => {
    const { author, article } = await draftBy();
    const editor = await makeUser("EDITOR");
    await transition(db, author, { articleId: article.id, name: "submit", expectedVersion: 1 });
    await expect(
      transition(db, editor, { articleId: article.id, name: "return", expectedVersion: 2, note: "  " }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    const returned = await transition(db, editor, { articleId: article.id, name: "return", expectedVersion: 2, note: "导语太长" });
    expect(returned.status).toBe("RETURNED");
    const event = await db.workflowEvent.findFirstOrThrow({ where: { articleId: article.id, toStatus: "RETURNED" } });
    expect(event.note).toBe("导语太长");
  });

  it("does not let a reporter publish, even their own submitted article", async () => {
    const { author, article } = await draftBy();
    await transition(db, author, { articleId: article.id, name: "submit", expectedVersion: 1 });
    const section = await makeSection(db);
    await expect(
      transition(db, author, { articleId: article.id, name: "publish", expectedVersion: 2, placement: { sectionId: section.id, placement: "LEAD" } }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("SUBMITTED");
  });

  it("publishes with section, placement and publish time", async () => {
    const { author, article } = await draftBy();
    const editor = await makeUser("EDITOR");
    const section = await makeSection(db);
    await transition(db, author, { articleId: article.id, name: "submit", expectedVersion: 1 });
    const now = new Date("2021-11-02T00:00:00Z");
    await transition(db, editor, { articleId: article.id, name: "publish", expectedVersion: 2, placement: { sectionId: section.id, placement: "LEAD" }, now });
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({ status: "PUBLISHED", placement: "LEAD", sectionId: section.id, publishedAt: now });
  });

  it("refuses transitions that the table does not list", async () => {
    const { author, article } = await draftBy("EDITOR");
    const section = await makeSection(db);
    // A draft goes to review first; it cannot jump straight to published,
    // and the answer says so (the state), not that the editor may not publish.
    await expect(
      transition(db, author, { articleId: article.id, name: "publish", expectedVersion: 1, placement: { sectionId: section.id, placement: "TOP" } }),
    ).rejects.toMatchObject({ code: "invalid_transition" });
    expect(transitionsFrom("DRAFT")).toEqual(["submit", "spike"]);
    expect(TRANSITIONS.publish.from).not.toContain("DRAFT");
  });

  it("refuses an unknown section", async () => {
    const { author, article } = await draftBy();
    const editor = await makeUser("EDITOR");
    await transition(db, author, { articleId: article.id, name: "submit", expectedVersion: 1 });
    await expect(
      transition(db, editor, { articleId: article.id, name: "publish", expectedVersion: 2, placement: { sectionId: "nope", placement: "TOP" } }),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });
});

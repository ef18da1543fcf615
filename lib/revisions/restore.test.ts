// Restoring a revision: an edit like any other, under the version check, the
// edit permission and the 三审 rule, recorded as a new RESTORE revision.
import { beforeEach, describe, expect, it } from "vitest";
import { createArticle, updateArticle } from "@/lib/articles/save";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { THREE_LEVEL_REVIEW, writeStages } from "@/lib/workflow/stages";
import { transition } from "@/lib/workflow/transition";
import { loadRevisions } from "./list";
import { restoreRevision } from "./restore";

const db = testDb();
beforeEach(() => resetDatabase(db));

const load = (id: string) => db.article.findUniqueOrThrow({ where: { id }, select: { body: true, version: true, status: true, reviewStage: true } });
const revisionAt = (articleId: string, version: number) => db.articleRevision.findFirstOrThrow({ where: { articleId, version } });

/** A draft saved three times: 第一版 (v1), 第二版 (v2), 第三版 (v3). */
async function threeVersions() {
  const reporter = await makeUser("REPORTER");
  const { id } = await createArticle(db, reporter, sampleFields({ body: "第一版。" }));
  await updateArticle(db, reporter, id, 1, sampleFields({ body: "第二版。" }));
  await updateArticle(db, reporter, id, 2, sampleFields({ body: "第三版。" }));
  return { reporter, id };
}

describe("restoreRevision", () => {
  it("lets a reporter restore their own draft as a new RESTORE revision, bumping the version", async () => {
    const { reporter, id } = await threeVersions();
    const first = await revisionAt(id, 1);
    const saved = await restoreRevision(db, reporter, id, first.id, 3);
    expect(saved.version).toBe(4);
    expect(await load(id)).toMatchObject({ body: "第一版。", version: 4 });
    const latest = await revisionAt(id, 4);
    expect(latest).toMatchObject({ kind: "RESTORE", authorId: reporter.id, textHash: first.textHash });
    // The history keeps every version: nothing is rewound.
    expect(await db.articleRevision.count({ where: { articleId: id } })).toBe(4);
  });

  it("refuses a stale version with conflict and changes nothing", async () => {
    const { reporter, id } = await threeVersions();
    const first = await revisionAt(id, 1);
    await expect(restoreRevision(db, reporter, id, first.id, 2)).rejects.toMatchObject({ code: "conflict" });
    expect(await load(id)).toMatchObject({ body: "第三版。", version: 3 });
    expect(await db.articleRevision.count({ where: { articleId: id } })).toBe(3);
  });

  it("refuses someone who may not edit, and a revision of another article", async () => {
    const { id } = await threeVersions();
    const other = await makeUser("REPORTER");
    const first = await revisionAt(id, 1);
    await expect(restoreRevision(db, other, id, first.id, 3)).rejects.toMatchObject({ code: "forbidden" });
    const elsewhere = await createArticle(db, other, sampleFields({ body: "别的稿子。" }));
    const foreign = await revisionAt(elsewhere.id, 1);
    const owner = (await db.article.findUniqueOrThrow({ where: { id }, select: { createdBy: true } })).createdBy;
    await expect(restoreRevision(db, { id: owner.id, role: owner.role }, id, foreign.id, 3)).rejects.toMatchObject({ code: "not_found" });
    expect(await load(id)).toMatchObject({ body: "第三版。", version: 3 });
  });

  it("during 三审 voids the sign-offs like any change of text and sends it back to the changer's stage", async () => {
    await writeStages(db, THREE_LEVEL_REVIEW);
    const [reporter, first, second] = await Promise.all([makeUser("REPORTER"), makeUser("EDITOR"), makeUser("EDITOR")]);
    const { id } = await createArticle(db, reporter, sampleFields({ body: "原稿。" }));
    await updateArticle(db, reporter, id, 1, sampleFields({ body: "改稿。" }));
    await transition(db, reporter, { articleId: id, name: "submit", expectedVersion: 2 });
    await transition(db, first, { articleId: id, name: "approve", expectedVersion: 3, note: "通过" });
    await transition(db, second, { articleId: id, name: "approve", expectedVersion: 4, note: "同意" });
    expect(await load(id)).toMatchObject({ status: "IN_REVIEW", reviewStage: 3, version: 5 });

    const original = await revisionAt(id, 1);
    await restoreRevision(db, first, id, original.id, 5);
    expect(await load(id)).toMatchObject({ body: "原稿。", status: "IN_REVIEW", reviewStage: 1, version: 6 });
    expect(await db.signOff.count({ where: { articleId: id, voidedAt: null } })).toBe(0);
    await db.workflowEvent.findFirstOrThrow({ where: { articleId: id, note: "text changed: sign-offs voided", stage: 1 } });
  });
});

describe("loadRevisions", () => {
  it("lists newest first with kind and author, and reads the two compared snapshots", async () => {
    const { reporter, id } = await threeVersions();
    const history = await loadRevisions(db, reporter, id, { from: 1, to: 3 });
    expect(history.revisions.map((r) => [r.version, r.kind, r.author.name])).toEqual([
      [3, "SAVE", reporter.name],
      [2, "SAVE", reporter.name],
      [1, "SAVE", reporter.name],
    ]);
    expect(history.from).toMatchObject({ version: 1, snapshot: { body: "第一版。" } });
    expect(history.to).toMatchObject({ version: 3, snapshot: { body: "第三版。" } });
  });

  it("compares the latest change by default, and nothing for an unknown version", async () => {
    const { reporter, id } = await threeVersions();
    const latest = await loadRevisions(db, reporter, id);
    expect([latest.from?.version, latest.to?.version]).toEqual([2, 3]);
    expect((await loadRevisions(db, reporter, id, { from: 9, to: 3 })).from).toBeNull();
  });

  it("is not for a reporter who may not read the article", async () => {
    const { id } = await threeVersions();
    const other = await makeUser("REPORTER");
    await expect(loadRevisions(db, other, id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(loadRevisions(db, other, "missing")).rejects.toMatchObject({ code: "not_found" });
  });
});

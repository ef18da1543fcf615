import { beforeEach, describe, expect, it } from "vitest";
import { makeSection, makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { bypassStatusGuard } from "@/lib/testing/status";
import { createArticle } from "./save";
import { listReviewQueue } from "./queries";

const db = testDb();
beforeEach(() => resetDatabase(db));

async function inReview(headline: string, data: Record<string, unknown>) {
  const reporter = await makeUser("REPORTER");
  const { id } = await createArticle(db, reporter, sampleFields({ headline }));
  await bypassStatusGuard(db, (tx) => tx.article.update({ where: { id }, data }));
  return id;
}

describe("the review queue", () => {
  it("lists oldest first, filters by section, stage, type and age, and counts each stage", async () => {
    const editor = await makeUser("EDITOR");
    const zone = await makeSection(db);
    const hour = 3_600_000;
    await inReview("old submitted", { status: "SUBMITTED", updatedAt: new Date(Date.now() - 30 * hour), sectionId: zone.id });
    await inReview("at stage 2", { status: "IN_REVIEW", reviewStage: 2, updatedAt: new Date(Date.now() - 2 * hour), type: "BRIEF" });
    await inReview("approved", { status: "APPROVED", updatedAt: new Date(Date.now() - hour) });
    await inReview("a draft", { status: "DRAFT" });

    const all = await listReviewQueue(db, editor, {}, 3);
    expect(all.rows.map((r) => r.headline)).toEqual(["old submitted", "at stage 2", "approved"]);
    expect(all.counts).toEqual([1, 1, 0, 1]);

    const headlines = async (filters: Parameters<typeof listReviewQueue>[2]) => (await listReviewQueue(db, editor, filters, 3)).rows.map((r) => r.headline);
    expect(await headlines({ sectionId: zone.id })).toEqual(["old submitted"]);
    expect(await headlines({ stage: 2 })).toEqual(["at stage 2"]);
    expect(await headlines({ stage: 4 })).toEqual(["approved"]);
    expect(await headlines({ type: "BRIEF" })).toEqual(["at stage 2"]);
    expect(await headlines({ minAgeHours: 24 })).toEqual(["old submitted"]);
  });

  it("says each article's section, length and how long it has waited where it is", async () => {
    const editor = await makeUser("EDITOR");
    const zone = await makeSection(db);
    const id = await inReview("有栏目", { status: "SUBMITTED", sectionId: zone.id, body: "开发区今天开会。Wind farm 2026" });
    await inReview("无栏目", { status: "SUBMITTED" });
    const filed = new Date("2026-03-10T08:00:00Z");
    await db.workflowEvent.updateMany({ where: { articleId: id }, data: { createdAt: filed } });
    const { rows } = await listReviewQueue(db, editor);
    const row = rows.find((r) => r.id === id)!;
    expect(row).toMatchObject({ section: { nameZh: "开发区", nameEn: "Development Zone" }, length: 10, waitingSince: filed });
    expect(rows.find((r) => r.headline === "无栏目")).toMatchObject({ section: null });
    expect(row).not.toHaveProperty("body");
  });

  it("is closed to reporters", async () => {
    const reporter = await makeUser("REPORTER");
    await expect(listReviewQueue(db, reporter)).rejects.toMatchObject({ code: "forbidden" });
  });
});

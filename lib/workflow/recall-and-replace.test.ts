// 撤回 and 调整版位 beyond the table's 409/403 (moves.test.ts): what a
// recall gives back to the reporter, what a re-placement records, and the
// rules each refusal names.
import { beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/save";
import { listReviewQueue } from "@/lib/articles/queries";
import { can } from "@/lib/auth/policy";
import { messagesFor } from "@/lib/i18n/messages";
import { makeSection, makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { eventText } from "./event-text";
import { THREE_LEVEL_REVIEW, writeStages } from "./stages";
import { transition } from "./transition";

const db = testDb();
beforeEach(() => resetDatabase(db));

const version = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

async function submitted() {
  const [reporter, editor] = await Promise.all([makeUser("REPORTER"), makeUser("EDITOR")]);
  const { id } = await createArticle(db, reporter, sampleFields());
  await transition(db, reporter, { articleId: id, name: "submit", expectedVersion: 1 });
  return { reporter, editor, id };
}

describe("recall (撤回)", () => {
  it("takes a submitted article back to the reporter's drafts, out of the review queue, editable again", async () => {
    const { reporter, editor, id } = await submitted();
    const result = await transition(db, reporter, { articleId: id, name: "recall", expectedVersion: 2 });
    expect(result).toMatchObject({ status: "DRAFT", version: 3 });
    expect(can(reporter, "article:edit", { createdById: reporter.id, status: result.status })).toBe(true);
    expect((await listReviewQueue(db, editor)).rows.map((r) => r.id)).not.toContain(id);
    const event = await db.workflowEvent.findFirstOrThrow({ where: { articleId: id, toStatus: "DRAFT", fromStatus: "SUBMITTED" } });
    expect(eventText(event, messagesFor("zh-CN"), "zh-CN")).toBe("记者撤回交稿");
  });

  it("is refused once a reviewer has signed, naming the rule (409)", async () => {
    await writeStages(db, THREE_LEVEL_REVIEW);
    const { reporter, editor, id } = await submitted();
    await transition(db, editor, { articleId: id, name: "approve", expectedVersion: 2, note: "初审通过" });
    await expect(transition(db, reporter, { articleId: id, name: "recall", expectedVersion: 3 })).rejects.toMatchObject({
      code: "invalid_transition",
      rule: "recall_too_late",
    });
  });

  it("is the author's alone: an editor returns, never recalls, someone else's article (403)", async () => {
    const { editor, id } = await submitted();
    await expect(transition(db, editor, { articleId: id, name: "recall", expectedVersion: 2 })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("re-placing a published article (调整版位)", () => {
  async function publishedLead() {
    const { editor, reporter, id } = await submitted();
    const [zone, news] = [await makeSection(db), await db.section.create({ data: { slug: "news", nameZh: "要闻", nameEn: "News", position: 0 } })];
    const publishedAt = new Date("2021-11-02T01:00:00Z");
    await transition(db, editor, {
      articleId: id,
      name: "publish",
      expectedVersion: 2,
      placement: { sectionId: zone.id, placement: "LEAD", editionDate: new Date("2021-11-02T00:00:00Z"), pageNumber: 1, pageName: null },
      now: publishedAt,
    });
    return { editor, reporter, id, zone, news, publishedAt };
  }

  it("moves yesterday's lead down and to another page without retracting it, and the history says what moved", async () => {
    const { editor, id, news, publishedAt } = await publishedLead();
    const result = await transition(db, editor, {
      articleId: id,
      name: "replace",
      expectedVersion: await version(id),
      placement: { sectionId: news.id, placement: "STANDARD", editionDate: new Date("2021-11-02T00:00:00Z"), pageNumber: 3, pageName: "开发区" },
    });
    expect(result.status).toBe("PUBLISHED");
    const row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ sectionId: news.id, placement: "STANDARD", pageNumber: 3, pageName: "开发区", publishedAt });
    const event = await db.workflowEvent.findFirstOrThrow({ where: { articleId: id }, orderBy: { createdAt: "desc" } });
    expect(event).toMatchObject({ fromStatus: "PUBLISHED", toStatus: "PUBLISHED", actorId: editor.id });
    expect(eventText(event, messagesFor("zh-CN"), "zh-CN")).toBe("调整版位：栏目 开发区 → 要闻；版位 头条 → 普通；第01版 → 第03版 开发区");
    expect(eventText(event, messagesFor("en"), "en")).toBe("Moved: section Development Zone → News; placement Lead → Standard; Page 1 → Page 3 · 开发区");
  });

  it("refuses a move that moves nothing, and anyone below an editor", async () => {
    const { editor, reporter, id, zone } = await publishedLead();
    const same = { sectionId: zone.id, placement: "LEAD" as const, editionDate: new Date("2021-11-02T00:00:00Z"), pageNumber: 1, pageName: null };
    await expect(transition(db, editor, { articleId: id, name: "replace", expectedVersion: await version(id), placement: same })).rejects.toMatchObject({
      code: "invalid_input",
      rule: "replace_unchanged",
    });
    await expect(
      transition(db, reporter, { articleId: id, name: "replace", expectedVersion: await version(id), placement: { ...same, placement: "TOP" } }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("system notes in the desk's language", () => {
  it("words what the importer, the scheduler and a correction wrote", () => {
    const zh = messagesFor("zh-CN");
    const en = messagesFor("en");
    const event = (note: string | null, fromStatus: "DRAFT" | "PUBLISHED" | null = null) => ({ fromStatus, toStatus: "PUBLISHED" as const, note });
    expect(eventText(event("imported"), zh, "zh-CN")).toBe("从版面导入");
    expect(eventText(event("imported"), en, "en")).toBe("Imported from a page");
    expect(eventText(event("archive import", "DRAFT"), en, "en")).toBe("Archived as printed");
    expect(eventText(event("scheduled time reached"), zh, "zh-CN")).toBe("到达定时发布时间");
    expect(eventText(event("更正 · correction: 数字有误", "PUBLISHED"), en, "en")).toBe("Correction: 数字有误");
    expect(eventText(event("导语太长"), en, "en")).toBe("导语太长");
  });
});

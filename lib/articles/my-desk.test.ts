import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/database/client";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { transition } from "@/lib/workflow/transition";
import { loadMyDesk } from "./my-desk";
import { createArticle } from "./save";

const db = testDb();
beforeEach(() => resetDatabase(db));

const now = new Date("2026-03-10T08:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const version = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

async function newsroom() {
  const [reporter, other, editor] = await Promise.all([makeUser("REPORTER"), makeUser("REPORTER"), makeUser("EDITOR")]);
  const draft = async (headline: string, body = "正文。", author = reporter) => (await createArticle(db, author, sampleFields({ headline, body }))).id;
  const move = async (actor: typeof reporter, id: string, name: "submit" | "return" | "publish" | "spike" | "schedule", extra: object = {}) =>
    transition(db, actor, { articleId: id, name, expectedVersion: await version(id), ...extra });
  return { reporter, other, editor, draft, move };
}

describe("loadMyDesk", () => {
  it("groups the reporter's own articles by what needs them first, with counts and the latest return note", async () => {
    const { reporter, other, editor, draft, move } = await newsroom();
    await draft("草稿", "字".repeat(401));
    const returned = await draft("退回稿");
    await move(reporter, returned, "submit", { now: daysAgo(3) });
    await move(editor, returned, "return", { note: "补充采访", now: daysAgo(2) });
    await move(reporter, returned, "submit", { now: daysAgo(2) });
    await move(editor, returned, "return", { note: "请核实数字", now: daysAgo(1) });
    const submitted = await draft("待审稿");
    await move(reporter, submitted, "submit");
    const scheduled = await draft("定时稿");
    await move(reporter, scheduled, "submit");
    await move(editor, scheduled, "schedule", { publishAt: new Date(now.getTime() + 3_600_000), now });
    const recent = await draft("近期发布");
    await move(reporter, recent, "submit");
    await move(editor, recent, "publish", { now: daysAgo(1) });
    const older = await draft("更近发布");
    await move(reporter, older, "submit");
    await move(editor, older, "publish", { now: daysAgo(0.5) });
    const old = await draft("上月发布");
    await move(reporter, old, "submit");
    await move(editor, old, "publish", { now: daysAgo(10) });
    await move(editor, await draft("撤稿"), "spike", { note: "不用了" });
    await draft("别人的草稿", "正文。", other);

    const desk = await loadMyDesk(db, reporter, {}, now);
    const headlines = (group: { items: { headline: string }[] }) => group.items.map((i) => i.headline);
    expect(headlines(desk.returned)).toEqual(["退回稿"]);
    expect(headlines(desk.drafts)).toEqual(["草稿"]);
    expect(new Set(headlines(desk.submitted))).toEqual(new Set(["待审稿", "定时稿"]));
    expect(headlines(desk.published)).toEqual(["更近发布", "近期发布"]);
    expect(desk.submitted).toMatchObject({ total: 2, page: 1, pages: 1 });
    expect(desk.returned.items[0]!.returnNote).toMatchObject({ note: "请核实数字", by: editor.name, at: daysAgo(1) });
    expect(desk.drafts.items[0]).toMatchObject({ counts: { total: 401, minutes: 2 }, returnNote: null });
    expect(desk.drafts.items[0]).not.toHaveProperty("body");
  });

  it("reads everything in a fixed number of queries, however many articles there are", async () => {
    const { reporter, editor, draft, move } = await newsroom();
    for (const headline of ["一", "二", "三"]) {
      const id = await draft(headline);
      await move(reporter, id, "submit");
      await move(editor, id, "return", { note: `退回${headline}` });
    }
    let queries = 0;
    const counted = db.$extends({
      query: {
        $allModels: {
          async $allOperations({ args, query }) {
            queries += 1;
            return query(args);
          },
        },
      },
    }) as unknown as Db;
    const desk = await loadMyDesk(counted, reporter, {}, new Date());
    expect(desk.returned.items.map((i) => i.returnNote?.note).sort()).toEqual(["退回一", "退回三", "退回二"].sort());
    // The counts, a page of each group that has articles (one here), the return notes.
    expect(queries).toBe(3);
    for (let i = 0; i < 12; i++) await draft(`草稿${i}`);
    queries = 0;
    await loadMyDesk(counted, reporter, { q: "草稿", pages: { drafts: 2 } }, new Date());
    expect(queries).toBe(2);
  });

  it("is empty for someone with no articles", async () => {
    const { other } = await newsroom();
    const empty = { items: [], total: 0, page: 1, pages: 1 };
    expect(await loadMyDesk(db, other, {}, now)).toEqual({ returned: empty, drafts: empty, submitted: empty, published: empty });
  });

  it("shows 23 drafts ten at a time, newest first, and a page past the last as the last", async () => {
    const { reporter, draft } = await newsroom();
    for (let i = 1; i <= 23; i++) await draft(`第${i}篇草稿`);
    const page = async (n: number) => (await loadMyDesk(db, reporter, { pages: { drafts: n } }, now)).drafts;
    const first = await page(1);
    expect(first).toMatchObject({ total: 23, page: 1, pages: 3 });
    expect(first.items.map((i) => i.headline).slice(0, 2)).toEqual(["第23篇草稿", "第22篇草稿"]);
    expect((await page(2)).items).toHaveLength(10);
    const last = await page(3);
    expect(last.items.map((i) => i.headline)).toEqual(["第3篇草稿", "第2篇草稿", "第1篇草稿"]);
    expect(await page(99)).toEqual(last);
    const seen = new Set([...first.items, ...(await page(2)).items, ...last.items].map((i) => i.id));
    expect(seen.size).toBe(23);
  });

  it("finds the reporter's own articles by words of the headline or the text, every word", async () => {
    const { reporter, other, draft, move } = await newsroom();
    await draft("热力公司完成管网改造", "今年供暖季前完工。");
    await draft("开发区召开会议", "单位负责人热力公司张三介绍情况。");
    const sent = await draft("供暖准备就绪", "热力公司表示一切就绪。");
    await move(reporter, sent, "submit");
    await draft("无关稿件", "别的内容。");
    await draft("别人的热力公司稿件", "热力公司。", other);
    const found = await loadMyDesk(db, reporter, { q: "热力公司" }, now);
    expect(found.drafts.items.map((i) => i.headline).sort()).toEqual(["开发区召开会议", "热力公司完成管网改造"].sort());
    expect(found.submitted.items.map((i) => i.headline)).toEqual(["供暖准备就绪"]);
    const both = await loadMyDesk(db, reporter, { q: "热力公司 张三" }, now);
    expect(both.drafts.items.map((i) => i.headline)).toEqual(["开发区召开会议"]);
    expect((await loadMyDesk(db, reporter, { q: "没有这个词" }, now)).drafts.total).toBe(0);
  });
});

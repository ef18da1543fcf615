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

    const desk = await loadMyDesk(db, reporter, now);
    const headlines = (items: { headline: string }[]) => items.map((i) => i.headline);
    expect(headlines(desk.returned)).toEqual(["退回稿"]);
    expect(headlines(desk.drafts)).toEqual(["草稿"]);
    expect(new Set(headlines(desk.submitted))).toEqual(new Set(["待审稿", "定时稿"]));
    expect(headlines(desk.published)).toEqual(["更近发布", "近期发布"]);
    expect(desk.returned[0]!.returnNote).toMatchObject({ note: "请核实数字", by: editor.name, at: daysAgo(1) });
    expect(desk.drafts[0]).toMatchObject({ counts: { total: 401, minutes: 2 }, returnNote: null });
    expect(desk.drafts[0]).not.toHaveProperty("body");
  });

  it("reads everything in two queries, however many articles are returned", async () => {
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
    const desk = await loadMyDesk(counted, reporter, new Date());
    expect(desk.returned.map((i) => i.returnNote?.note).sort()).toEqual(["退回一", "退回三", "退回二"].sort());
    expect(queries).toBe(2);
  });

  it("is empty for someone with no articles", async () => {
    const { other } = await newsroom();
    expect(await loadMyDesk(db, other, now)).toEqual({ returned: [], drafts: [], submitted: [], published: [] });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { createArticle } from "@/lib/articles/save";
import { listNotifications, markAllRead, markRead, notify, notifyTransition, unreadCount } from "./index";

const db = testDb();
beforeEach(() => resetDatabase(db));

describe("the inbox", () => {
  it("lists one's own notices newest first, counts and marks them read", async () => {
    const reporter = await makeUser("REPORTER");
    const article = await createArticle(db, reporter, sampleFields());
    await notify(db, { userId: reporter.id, kind: "assigned", assignmentId: "a1", actorName: "张敏", detail: "选题" });
    await new Promise((r) => setTimeout(r, 5));
    await notify(db, { userId: reporter.id, kind: "comment", articleId: article.id, actorName: "张敏", detail: "请补充数据来源" });

    const list = await listNotifications(db, reporter, { take: 10 });
    expect(list.map((n) => n.kind)).toEqual(["comment", "assigned"]);
    expect(list[0]?.article?.headline).toBe(sampleFields().headline);
    expect(await unreadCount(db, reporter)).toBe(2);

    await markRead(db, reporter, list[0]!.id);
    expect(await unreadCount(db, reporter)).toBe(1);
    expect(await markAllRead(db, reporter)).toBe(1);
    expect(await unreadCount(db, reporter)).toBe(0);
  });

  it("another reporter can neither see nor mark someone's notices", async () => {
    const owner = await makeUser("REPORTER");
    const other = await makeUser("REPORTER");
    await notify(db, { userId: owner.id, kind: "assigned", detail: "x" });
    const [notice] = await listNotifications(db, owner);

    expect(await listNotifications(db, other)).toEqual([]);
    expect(await unreadCount(db, other)).toBe(0);
    await expect(markRead(db, other, notice!.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await markAllRead(db, other)).toBe(0);
    expect(await unreadCount(db, owner)).toBe(1);
  });
});

describe("notifyTransition", () => {
  async function setup() {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const otherEditor = await makeUser("EDITOR");
    const retired = await makeUser("EDITOR");
    await db.user.update({ where: { id: retired.id }, data: { active: false } });
    const chief = await makeUser("CHIEF_EDITOR");
    const article = await createArticle(db, reporter, sampleFields());
    const base = { articleId: article.id, articleCreatedById: reporter.id };
    return { reporter, editor, otherEditor, chief, base };
  }
  const kindsOf = async (userId: string) => (await db.notification.findMany({ where: { userId } })).map((n) => [n.kind, n.detail]);

  it("tells the creator their article was returned, with the note, or published", async () => {
    const { reporter, editor, base } = await setup();
    const actor = { id: editor.id, name: editor.name };
    expect(await notifyTransition(db, { ...base, actor, to: "RETURNED", note: "请补充公园位置" })).toBe(1);
    expect(await notifyTransition(db, { ...base, actor, to: "PUBLISHED" })).toBe(1);
    expect(await kindsOf(reporter.id)).toEqual([["returned", "请补充公园位置"], ["published", null]]);
    expect(await db.notification.count({ where: { userId: { not: reporter.id } } })).toBe(0);
  });

  it("asks every active user of exactly the stage's role, except the actor, to sign off", async () => {
    const { editor, otherEditor, chief, base } = await setup();
    const count = await notifyTransition(db, { ...base, actor: { id: editor.id, name: editor.name }, to: "IN_REVIEW", stageRole: "EDITOR" });
    expect(count).toBe(1);
    expect(await kindsOf(otherEditor.id)).toEqual([["signoff_needed", null]]);
    expect(await kindsOf(editor.id)).toEqual([]);
    expect(await kindsOf(chief.id)).toEqual([]);
  });

  it("tells nobody about their own action, and nobody about other moves", async () => {
    const { reporter, base } = await setup();
    const self = { id: reporter.id, name: reporter.name };
    expect(await notifyTransition(db, { ...base, actor: self, to: "PUBLISHED" })).toBe(0);
    expect(await notifyTransition(db, { ...base, actor: self, to: "SUBMITTED" })).toBe(0);
    expect(await notifyTransition(db, { ...base, actor: self, to: "SPIKED" })).toBe(0);
    expect(await db.notification.count()).toBe(0);
  });

  it("writes inside the caller's transaction, so a rollback takes the notices with it", async () => {
    const { editor, base } = await setup();
    await expect(
      db.$transaction(async (tx) => {
        await notifyTransition(tx, { ...base, actor: { id: editor.id, name: editor.name }, to: "PUBLISHED" });
        throw new Error("the transition failed");
      }),
    ).rejects.toThrow("the transition failed");
    expect(await db.notification.count()).toBe(0);
  });
});

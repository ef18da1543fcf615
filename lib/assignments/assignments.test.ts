import { beforeEach, describe, expect, it } from "vitest";
import { makeSection, makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { bypassStatusGuard } from "@/lib/testing/status";
import { createAssignment, listBoard, listMine, startArticle } from "./index";

const db = testDb();
beforeEach(() => resetDatabase(db));

const now = new Date("2021-11-02T10:00:00Z");
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);

async function counts() {
  const [assignments, articles, notifications] = await Promise.all([db.assignment.count(), db.article.count(), db.notification.count()]);
  return { assignments, articles, notifications };
}

describe("creating assignments", () => {
  it("an editor creates one, and the reporter is notified", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const section = await makeSection(db);
    const created = await createAssignment(db, editor, {
      title: "开发区口袋公园进展", brief: "采访园林局", sectionId: section.id, reporterId: reporter.id,
      deadline: hours(4), editionDate: new Date("2021-11-03T00:00:00Z"),
    });
    const row = await db.assignment.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ editorId: editor.id, reporterId: reporter.id, sectionId: section.id, articleId: null });
    const notices = await db.notification.findMany({ where: { userId: reporter.id } });
    expect(notices).toEqual([expect.objectContaining({ kind: "assigned", assignmentId: created.id, actorName: editor.name, detail: "开发区口袋公园进展" })]);
  });

  it("a reporter may not create one, and nothing is written", async () => {
    const reporter = await makeUser("REPORTER");
    await expect(createAssignment(db, reporter, { title: "x", reporterId: reporter.id, deadline: hours(1) })).rejects.toMatchObject({ code: "forbidden" });
    expect(await counts()).toEqual({ assignments: 0, articles: 0, notifications: 0 });
  });

  it("refuses an inactive or unknown reporter, and an unknown section", async () => {
    const editor = await makeUser("EDITOR");
    const gone = await makeUser("REPORTER");
    await db.user.update({ where: { id: gone.id }, data: { active: false } });
    await expect(createAssignment(db, editor, { title: "x", reporterId: gone.id, deadline: hours(1) })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(createAssignment(db, editor, { title: "x", reporterId: "nobody", deadline: hours(1) })).rejects.toMatchObject({ code: "invalid_input" });
    const reporter = await makeUser("REPORTER");
    await expect(createAssignment(db, editor, { title: "x", reporterId: reporter.id, sectionId: "nope", deadline: hours(1) })).rejects.toMatchObject({ code: "invalid_input" });
    expect(await counts()).toEqual({ assignments: 0, articles: 0, notifications: 0 });
  });
});

describe("the board", () => {
  it("shows open, in progress and filed, late against now, oldest deadline first, without cancelled ones", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const make = (title: string, deadline: Date) => createAssignment(db, editor, { title, reporterId: reporter.id, deadline });
    const overdue = await make("overdue", hours(-2));
    const writing = await make("writing", hours(-1));
    const filed = await make("filed", hours(-3));
    await make("upcoming", hours(5));
    const cancelled = await make("cancelled", hours(-5));
    await db.assignment.update({ where: { id: cancelled.id }, data: { cancelledAt: now } });
    await startArticle(db, reporter, writing.id, now);
    const { articleId } = await startArticle(db, reporter, filed.id, now);
    await bypassStatusGuard(db, (tx) => tx.article.update({ where: { id: articleId }, data: { status: "SUBMITTED" } }));

    const board = await listBoard(db, editor, now);
    expect(board.map((a) => [a.title, a.state, a.late])).toEqual([
      ["filed", "filed", false],
      ["overdue", "open", true],
      ["writing", "in_progress", true],
      ["upcoming", "open", false],
    ]);
    expect(board.find((a) => a.id === overdue.id)?.reporter.name).toBe(reporter.name);
    // Seen three hours earlier, nothing was late yet.
    expect((await listBoard(db, editor, hours(-3))).some((a) => a.late)).toBe(false);
    // Filed work leaves the board two weeks after its deadline; unfinished work never does.
    const later = await listBoard(db, editor, hours(15 * 24));
    expect(later.map((a) => a.title)).toEqual(["overdue", "writing", "upcoming"]);
  });

  it("is for editors; a reporter sees only their own", async () => {
    const editor = await makeUser("EDITOR");
    const mine = await makeUser("REPORTER");
    const other = await makeUser("REPORTER");
    await createAssignment(db, editor, { title: "mine", reporterId: mine.id, deadline: hours(1) });
    await createAssignment(db, editor, { title: "theirs", reporterId: other.id, deadline: hours(1) });
    await expect(listBoard(db, mine, now)).rejects.toMatchObject({ code: "forbidden" });
    expect((await listMine(db, mine, now)).map((a) => a.title)).toEqual(["mine"]);
  });
});

describe("starting the article", () => {
  it("creates the reporter's linked draft once; starting again returns the same article", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const section = await makeSection(db);
    const { id } = await createAssignment(db, editor, { title: "开发区新建三座口袋公园", sectionId: section.id, reporterId: reporter.id, deadline: hours(3) });

    const first = await startArticle(db, reporter, id, now);
    expect(first.created).toBe(true);
    const article = await db.article.findUniqueOrThrow({ where: { id: first.articleId }, include: { contributors: true } });
    expect(article).toMatchObject({ headline: "开发区新建三座口袋公园", status: "DRAFT", sectionId: section.id, createdById: reporter.id });
    expect(article.contributors).toEqual([expect.objectContaining({ name: reporter.name, role: "REPORTER", credit: "TEXT" })]);
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).articleId).toBe(first.articleId);

    expect(await startArticle(db, reporter, id, now)).toEqual({ articleId: first.articleId, created: false });
    expect(await db.article.count()).toBe(1);
  });

  it("an editor may start it for the reporter; the draft is still the reporter's", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const { id } = await createAssignment(db, editor, { title: "t", reporterId: reporter.id, deadline: hours(3) });
    const { articleId } = await startArticle(db, editor, id, now);
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).createdById).toBe(reporter.id);
  });

  it("another reporter may not start it, and nothing changes", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const intruder = await makeUser("REPORTER");
    const { id } = await createAssignment(db, editor, { title: "t", reporterId: reporter.id, deadline: hours(3) });
    const before = await counts();
    await expect(startArticle(db, intruder, id, now)).rejects.toMatchObject({ code: "forbidden" });
    expect(await counts()).toEqual(before);
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).articleId).toBeNull();
    await expect(startArticle(db, reporter, "missing", now)).rejects.toMatchObject({ code: "not_found" });
  });

  it("two clicks at once make one draft", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const { id } = await createAssignment(db, editor, { title: "t", reporterId: reporter.id, deadline: hours(3) });
    const [a, b] = await Promise.all([startArticle(db, reporter, id, now), startArticle(db, reporter, id, now)]);
    expect(a.articleId).toBe(b.articleId);
    expect(await db.article.count()).toBe(1);
  });
});

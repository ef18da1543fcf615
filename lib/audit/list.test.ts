// The audit log: newest first, 50 to a page, filtered by person, target
// status and whole days in the newsroom's time zone; admins only.
import { beforeEach, describe, expect, it } from "vitest";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { auditFilterSchema } from "@/lib/validation/audit";
import { AUDIT_PAGE_SIZE, auditPeople, listAuditEvents } from "./list";

const db = testDb();
const ZONE = "Asia/Shanghai";
beforeEach(() => resetDatabase(db));

async function article(authorId: string) {
  return db.article.create({ data: { slug: `a-${Math.random().toString(36).slice(2)}`, headline: "开发区夜市开张", createdById: authorId } });
}

async function event(articleId: string, actorId: string, toStatus: ArticleStatus, at: string, note?: string) {
  return db.workflowEvent.create({ data: { articleId, actorId, fromStatus: "DRAFT", toStatus, createdAt: new Date(at), note } });
}

const filter = (query: Record<string, string> = {}) => auditFilterSchema.parse(query);

describe("listAuditEvents", () => {
  it("lists every event newest first with who and which article", async () => {
    const admin = await makeUser("ADMIN");
    const reporter = await makeUser("REPORTER");
    const story = await article(reporter.id);
    await event(story.id, reporter.id, "SUBMITTED", "2021-11-01T02:00:00Z");
    await event(story.id, admin.id, "RETURNED", "2021-11-01T03:00:00Z", "数字有误");
    const log = await listAuditEvents(db, admin, filter(), ZONE);
    expect(log.total).toBe(2);
    expect(log.events.map((e) => [e.toStatus, e.actor.name, e.article.headline, e.note])).toEqual([
      ["RETURNED", admin.name, "开发区夜市开张", "数字有误"],
      ["SUBMITTED", reporter.name, "开发区夜市开张", null],
    ]);
  });

  it("filters by person and by target status", async () => {
    const admin = await makeUser("ADMIN");
    const reporter = await makeUser("REPORTER");
    const story = await article(reporter.id);
    await event(story.id, reporter.id, "SUBMITTED", "2021-11-01T02:00:00Z");
    await event(story.id, admin.id, "PUBLISHED", "2021-11-01T03:00:00Z");
    expect((await listAuditEvents(db, admin, filter({ person: reporter.id }), ZONE)).events.map((e) => e.toStatus)).toEqual(["SUBMITTED"]);
    expect((await listAuditEvents(db, admin, filter({ status: "PUBLISHED" }), ZONE)).events.map((e) => e.actor.id)).toEqual([admin.id]);
    expect((await auditPeople(db, admin)).map((p) => p.id).sort()).toEqual([admin.id, reporter.id].sort());
  });

  it("reads from/to as whole days in the newsroom's time zone", async () => {
    const admin = await makeUser("ADMIN");
    const story = await article(admin.id);
    // 2021-11-02 00:30 and 23:30 in Shanghai; 2021-11-03 00:30 in Shanghai.
    await event(story.id, admin.id, "SUBMITTED", "2021-11-01T16:30:00Z");
    await event(story.id, admin.id, "IN_REVIEW", "2021-11-02T15:30:00Z");
    await event(story.id, admin.id, "PUBLISHED", "2021-11-02T16:30:00Z");
    const day = await listAuditEvents(db, admin, filter({ from: "2021-11-02", to: "2021-11-02" }), ZONE);
    expect(day.events.map((e) => e.toStatus)).toEqual(["IN_REVIEW", "SUBMITTED"]);
    const from = await listAuditEvents(db, admin, filter({ from: "2021-11-03" }), ZONE);
    expect(from.events.map((e) => e.toStatus)).toEqual(["PUBLISHED"]);
  });

  it("pages by 50, and ignores malformed filters", async () => {
    const admin = await makeUser("ADMIN");
    const story = await article(admin.id);
    await db.workflowEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({ articleId: story.id, actorId: admin.id, toStatus: "SUBMITTED" as const, createdAt: new Date(Date.UTC(2021, 10, 1, 0, i)) })),
    });
    const second = await listAuditEvents(db, admin, filter({ page: "2" }), ZONE);
    expect([second.total, second.pages, second.events.length]).toEqual([55, 2, 5]);
    expect(filter({ page: "x", status: "NOPE", from: "yesterday", person: "" })).toEqual({ page: 1, person: undefined, status: undefined, from: undefined, to: undefined });
  });

  it.each(["REPORTER", "EDITOR", "CHIEF_EDITOR"] as const)("refuses a %s", async (role) => {
    const actor = await makeUser(role);
    await expect(listAuditEvents(db, actor, filter(), ZONE)).rejects.toMatchObject({ code: "forbidden" });
    await expect(auditPeople(db, actor)).rejects.toMatchObject({ code: "forbidden" });
  });
});

// The audit log: newest first, 50 to a page, filtered by person, target
// status and whole days in the newsroom's time zone; admins only.
import { beforeEach, describe, expect, it } from "vitest";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { auditFilterSchema } from "@/lib/validation/audit";
import { AUDIT_PAGE_SIZE, auditPeople, listAuditEvents, type AuditEvent } from "./list";
import { recordAudit } from "./record";

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

/** The workflow's rows of a page of the log. */
const moves = (log: { events: AuditEvent[] }) => log.events.flatMap((e) => (e.source === "workflow" ? [e] : []));

describe("listAuditEvents", () => {
  it("lists every event newest first with who and which article", async () => {
    const admin = await makeUser("ADMIN");
    const reporter = await makeUser("REPORTER");
    const story = await article(reporter.id);
    await event(story.id, reporter.id, "SUBMITTED", "2021-11-01T02:00:00Z");
    await event(story.id, admin.id, "RETURNED", "2021-11-01T03:00:00Z", "数字有误");
    const log = await listAuditEvents(db, admin, filter(), ZONE);
    expect(log.total).toBe(2);
    expect(moves(log).map((e) => [e.toStatus, e.actor.name, e.article.headline, e.note])).toEqual([
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
    expect(moves(await listAuditEvents(db, admin, filter({ person: reporter.id }), ZONE)).map((e) => e.toStatus)).toEqual(["SUBMITTED"]);
    expect((await listAuditEvents(db, admin, filter({ status: "PUBLISHED" }), ZONE)).events.map((e) => e.actor?.id)).toEqual([admin.id]);
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
    expect(moves(day).map((e) => e.toStatus)).toEqual(["IN_REVIEW", "SUBMITTED"]);
    const from = await listAuditEvents(db, admin, filter({ from: "2021-11-03" }), ZONE);
    expect(moves(from).map((e) => e.toStatus)).toEqual(["PUBLISHED"]);
  });

  it("pages by 50, and ignores malformed filters", async () => {
    const admin = await makeUser("ADMIN");
    const story = await article(admin.id);
    await db.workflowEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({ articleId: story.id, actorId: admin.id, toStatus: "SUBMITTED" as const, createdAt: new Date(Date.UTC(2021, 10, 1, 0, i)) })),
    });
    const second = await listAuditEvents(db, admin, filter({ page: "2" }), ZONE);
    expect([second.total, second.pages, second.events.length]).toEqual([55, 2, 5]);
    expect(filter({ page: "x", status: "NOPE", action: "HACK", from: "yesterday", person: "" })).toEqual({
      page: 1,
      person: undefined,
      status: undefined,
      action: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it("lists sign-ins and administration beside the workflow, newest first, with actor, subject and address", async () => {
    const admin = await makeUser("ADMIN");
    const reporter = await makeUser("REPORTER");
    const story = await article(reporter.id);
    await recordAudit(db, { action: "SIGN_IN", actorId: reporter.id, userId: reporter.id, email: reporter.email, address: "198.51.100.7", at: new Date("2021-11-01T01:00:00Z") });
    await event(story.id, reporter.id, "SUBMITTED", "2021-11-01T02:00:00Z");
    await recordAudit(db, { action: "SIGN_IN_REFUSED", email: "nobody@x.test", address: "203.0.113.9", at: new Date("2021-11-01T03:00:00Z"), detail: { reason: "unknown", counted: true } });
    const roleChange = { action: "ROLE_CHANGE" as const, actorId: admin.id, userId: reporter.id, email: reporter.email, address: "192.0.2.1" };
    await recordAudit(db, { ...roleChange, at: new Date("2021-11-01T04:00:00Z"), detail: { from: "REPORTER", to: "EDITOR" } });
    const log = await listAuditEvents(db, admin, filter(), ZONE);
    expect(log.total).toBe(4);
    expect(log.events.map((e) => (e.source === "workflow" ? e.toStatus : [e.action, e.actor?.name ?? null, e.user?.name ?? null, e.address]))).toEqual([
      ["ROLE_CHANGE", admin.name, reporter.name, "192.0.2.1"],
      ["SIGN_IN_REFUSED", null, null, "203.0.113.9"],
      "SUBMITTED",
      ["SIGN_IN", reporter.name, reporter.name, "198.51.100.7"],
    ]);
  });

  it("filters the other acts by kind, by person (who did it or whose account it was) and by day; a status filter leaves them out", async () => {
    const admin = await makeUser("ADMIN");
    const reporter = await makeUser("REPORTER");
    const story = await article(reporter.id);
    await event(story.id, reporter.id, "SUBMITTED", "2021-11-02T02:00:00Z");
    await recordAudit(db, { action: "UNLOCK", actorId: admin.id, userId: reporter.id, email: reporter.email, at: new Date("2021-11-02T03:00:00Z") });
    await recordAudit(db, { action: "SETTINGS_UPDATE", actorId: admin.id, at: new Date("2021-11-03T03:00:00Z"), detail: { part: "footer", changed: ["icpNumber"] } });
    const kinds = async (query: Record<string, string>) =>
      (await listAuditEvents(db, admin, filter(query), ZONE)).events.map((e) => (e.source === "workflow" ? e.toStatus : e.action));
    expect(await kinds({ action: "UNLOCK" })).toEqual(["UNLOCK"]);
    expect(await kinds({ person: reporter.id })).toEqual(["UNLOCK", "SUBMITTED"]);
    expect(await kinds({ person: admin.id })).toEqual(["SETTINGS_UPDATE", "UNLOCK"]);
    expect(await kinds({ status: "SUBMITTED" })).toEqual(["SUBMITTED"]);
    expect(await kinds({ from: "2021-11-03", to: "2021-11-03" })).toEqual(["SETTINGS_UPDATE"]);
    expect(await kinds({ status: "SUBMITTED", action: "UNLOCK" })).toEqual([]);
    expect((await auditPeople(db, admin)).map((p) => p.id).sort()).toEqual([admin.id, reporter.id].sort());
  });

  it("pages through both kinds as one list", async () => {
    const admin = await makeUser("ADMIN");
    const story = await article(admin.id);
    const minute = (i: number) => new Date(Date.UTC(2021, 10, 1, 0, i));
    await db.workflowEvent.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ articleId: story.id, actorId: admin.id, toStatus: "SUBMITTED" as const, createdAt: minute(2 * i) })) });
    await db.auditEvent.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ action: "SIGN_IN" as const, actorId: admin.id, createdAt: minute(2 * i + 1) })) });
    const [first, second] = [await listAuditEvents(db, admin, filter(), ZONE), await listAuditEvents(db, admin, filter({ page: "2" }), ZONE)];
    expect([first.total, first.pages, first.events.length, second.events.length]).toEqual([60, 2, 50, 10]);
    const times = [...first.events, ...second.events].map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set([...first.events, ...second.events].map((e) => e.id)).size).toBe(60);
  });

  it.each(["REPORTER", "EDITOR", "CHIEF_EDITOR"] as const)("refuses a %s", async (role) => {
    const actor = await makeUser(role);
    await expect(listAuditEvents(db, actor, filter(), ZONE)).rejects.toMatchObject({ code: "forbidden" });
    await expect(auditPeople(db, actor)).rejects.toMatchObject({ code: "forbidden" });
  });
});

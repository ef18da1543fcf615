// One scheduler at a time, against the real database: every instance runs
// the loop, and the tick's advisory lock decides which one works.
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/save";
import { createDb } from "@/lib/database/client";
import { makeUser, resetDatabase, sampleFields, testDatabaseUrl, testDb } from "@/lib/testing/db";
import { SCHEDULER_LOCK, schedulerTick } from "./scheduler";
import { transition } from "./transition";

const a = testDb();
// The other instance: a pool of its own, as another process would have.
const b = createDb(testDatabaseUrl(), { max: 2 });
afterAll(() => b.$disconnect());

const scheduledAt = new Date("2026-03-01T06:00:00Z");

async function scheduleArticles(count: number) {
  const reporter = await makeUser("REPORTER");
  const editor = await makeUser("EDITOR");
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const article = await createArticle(a, reporter, sampleFields({ headline: `定时稿件 ${i}` }));
    await transition(a, reporter, { articleId: article.id, name: "submit", expectedVersion: 1 });
    await transition(a, editor, { articleId: article.id, name: "schedule", expectedVersion: 2, publishAt: scheduledAt, now: new Date("2026-03-01T05:00:00Z") });
    ids.push(article.id);
  }
  return ids;
}

const publishEvents = async () =>
  a.workflowEvent.groupBy({ by: ["articleId"], where: { toStatus: "PUBLISHED" }, _count: { _all: true } });

beforeEach(() => resetDatabase());

describe("the scheduler's lock", () => {
  it("gives each of 20 articles due at the same moment exactly one publish event with two schedulers ticking at once", async () => {
    const ids = await scheduleArticles(20);
    const ticks = await Promise.all([schedulerTick(a, scheduledAt), schedulerTick(b, scheduledAt), schedulerTick(a, scheduledAt), schedulerTick(b, scheduledAt)]);

    expect(ticks.flatMap((tick) => tick.published.map((p) => p.id)).sort()).toEqual([...ids].sort());
    const events = await publishEvents();
    expect(events).toHaveLength(20);
    expect(events.every((e) => e._count._all === 1)).toBe(true);
    expect(await a.article.count({ where: { status: "PUBLISHED" } })).toBe(20);
  });

  it("while another instance holds it, a tick does nothing; once that holder dies, the next tick does the work", async () => {
    const [id] = await scheduleArticles(1);
    // The holder: an instance in the middle of its tick.
    const holder = new pg.Client({ connectionString: testDatabaseUrl() });
    holder.on("error", () => {}); // its connection is about to be killed
    await holder.connect();
    await holder.query("BEGIN");
    const { rows } = await holder.query("SELECT pg_try_advisory_xact_lock($1::bigint) AS locked, pg_backend_pid() AS pid", [SCHEDULER_LOCK]);
    expect(rows[0].locked).toBe(true);

    expect(await schedulerTick(b, scheduledAt)).toEqual({ ran: false, published: [] });
    expect(await a.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SCHEDULED" });

    // The holder's process dies: the database ends its session, and its lock with it.
    await a.$queryRaw`SELECT pg_terminate_backend(${rows[0].pid}::int)`;
    await holder.end().catch(() => {});

    expect(await schedulerTick(b, scheduledAt)).toEqual({ ran: true, published: [{ id, slug: expect.any(String) }] });
    expect(await publishEvents()).toEqual([{ articleId: id, _count: { _all: 1 } }]);
  });

  it("is let go at the end of each tick, so the same instance or another takes the next", async () => {
    await scheduleArticles(1);
    expect((await schedulerTick(a, scheduledAt)).ran).toBe(true);
    expect(await schedulerTick(b, scheduledAt)).toEqual({ ran: true, published: [] });
    expect(await schedulerTick(a, scheduledAt)).toEqual({ ran: true, published: [] });
  });
});

// isDatabaseDown against the errors pg and Prisma really throw when nothing
// listens where the database should be, and against errors that are not that.
import { createServer } from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { testDatabaseUrl } from "@/lib/testing/db";
import { createDb } from "./client";
import { isDatabaseDown } from "./errors";

/** A port that was free a moment ago: nothing listens there. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("isDatabaseDown", () => {
  it("recognises pg failing to connect", async () => {
    const client = new pg.Client({ connectionString: `postgresql://nobody@127.0.0.1:${await closedPort()}/copydesk` });
    const error = await client.connect().catch((e: unknown) => e);
    expect(isDatabaseDown(error)).toBe(true);
  });

  it("recognises Prisma (through the pg adapter) failing to reach the database", async () => {
    const db = createDb(`postgresql://nobody@127.0.0.1:${await closedPort()}/copydesk`, { max: 1 });
    try {
      const error = await db.user.findFirst().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(isDatabaseDown(error)).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });

  it("recognises a database too busy to start a transaction in time", async () => {
    const db = createDb(testDatabaseUrl(), { max: 1 });
    try {
      // The only connection is held; the next transaction cannot start.
      const holding = db.$transaction(() => new Promise((resolve) => setTimeout(resolve, 1_000)));
      const error = await db.$transaction(async () => {}, { maxWait: 50 }).catch((e: unknown) => e);
      await holding;
      expect((error as { code?: string }).code).toBe("P2028");
      expect(isDatabaseDown(error)).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });

  it("recognises a connection the server ends (administrator shutdown)", async () => {
    const url = testDatabaseUrl();
    const victim = new pg.Client({ connectionString: url });
    await victim.connect();
    // Without a listener the ended connection's 'error' event would be unhandled.
    victim.on("error", () => {});
    const killer = new pg.Client({ connectionString: url });
    await killer.connect();
    try {
      const { rows } = await victim.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      const pending = victim.query("SELECT pg_sleep(5)").catch((e: unknown) => e);
      await killer.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
      expect(isDatabaseDown(await pending)).toBe(true);
    } finally {
      await killer.end();
      await victim.end().catch(() => {});
    }
  });

  it("does not mistake other failures for a database that is down", async () => {
    const db = createDb(testDatabaseUrl(), { max: 1 });
    try {
      const duplicate = await db.$executeRawUnsafe("SELECT * FROM no_such_table").catch((e: unknown) => e);
      expect(isDatabaseDown(duplicate)).toBe(false);
      expect(isDatabaseDown(new Error("headline_required"))).toBe(false);
      expect(isDatabaseDown(null)).toBe(false);
    } finally {
      await db.$disconnect();
    }
  });
});

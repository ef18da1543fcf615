import { afterEach, describe, expect, it } from "vitest";
import { testDatabaseUrl } from "@/lib/testing/db";
import { assertReachable, DatabaseUnreachable, resolveDatabase } from "./database";

const saved = process.env.DATABASE_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
});

describe("finding the database", () => {
  it("says plainly when the database cannot be reached", async () => {
    process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/copydesk";
    const error = await resolveDatabase().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnreachable);
    expect((error as Error).message).toMatch(/^Cannot reach the database at 127\.0\.0\.1:1\/copydesk \(.+\)\. Is PostgreSQL running/);
    // One sentence, no driver stack in the message.
    expect((error as Error).message).not.toMatch(/\n\s+at /);
  });

  it("accepts a database that answers", async () => {
    await expect(assertReachable(testDatabaseUrl())).resolves.toBeUndefined();
  });
});

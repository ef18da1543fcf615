// The sign-in limits are counted in the database every instance shares, so
// two processes (two app instances behind nginx) see one count: failures on
// one lock the account on the other (docs/decisions/0032).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase, testDatabaseUrl, testDb } from "@/lib/testing/db";

const db = testDb();
beforeEach(() => resetDatabase(db));

const guess = async (email: string, address: string, attempts: number): Promise<string[]> => {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "lib/testing/guess-process.ts", testDatabaseUrl(), email, address, String(attempts)]);
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as string[];
};

describe("sign-in limits across processes", () => {
  it("counts failures made by two processes against one account together", async () => {
    const email = "shared-count@copydesk.test";
    expect(await guess(email, "198.51.100.70", 3)).toEqual(["failed", "failed", "failed"]);
    // Another process, another address: the fifth failure locks the account for both.
    expect(await guess(email, "198.51.100.71", 3)).toEqual(["failed", "failed", "throttled"]);
    expect(await guess(email, "198.51.100.72", 1)).toEqual(["throttled"]);
  }, 60_000);
});

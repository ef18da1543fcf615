// readRows must hand back what $queryRaw would, whatever the process's time
// zone: the database keeps timestamps in UTC and pg alone would read them as
// local time.
import { afterEach, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { testDb } from "@/lib/testing/db";
import { readRows } from "./read-rows";

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const query = (at: Date, label: string) => Prisma.sql`
  SELECT ${at}::timestamp AS at, ${at}::timestamp <= ${new Date(at.getTime() + 1)} AS "before", ${label}::text AS label,
    json_build_object('n', 1) AS doc, 42 AS answer`;

describe("readRows", () => {
  it("reads and writes timestamps as UTC instants in any time zone, like $queryRaw", async () => {
    const db = testDb();
    const at = new Date("2026-11-26T23:30:00.123Z");
    for (const tz of ["UTC", "Asia/Shanghai", "America/Los_Angeles"]) {
      process.env.TZ = tz;
      const [prisma] = await db.$queryRaw<{ at: Date }[]>(query(at, tz));
      const [pool] = await readRows<{ at: Date; before: boolean; label: string; doc: unknown; answer: number }>(db, query(at, tz));
      expect(pool!.at.toISOString(), tz).toBe(at.toISOString());
      expect(pool!.at.getTime(), tz).toBe(prisma!.at.getTime());
      expect(pool).toMatchObject({ before: true, label: tz, doc: { n: 1 }, answer: 42 });
    }
  });

  it("prepares a statement once and reuses it with new values", async () => {
    const db = testDb();
    const first = await readRows<{ label: string }>(db, query(new Date(), "一"));
    const second = await readRows<{ label: string }>(db, query(new Date(), "二"));
    expect([first[0]!.label, second[0]!.label]).toEqual(["一", "二"]);
  });
});

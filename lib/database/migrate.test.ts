// Our own `prisma migrate deploy` (the schema engine cannot be downloaded
// here): applies each migration once, in order, in a transaction, records it
// in Prisma's `_prisma_migrations` shape and refuses edited history.
// Every test works on its own scratch database.
import { createHash } from "node:crypto";
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";
import { defaultMigrationsDir, migrate, MigrationError, readMigrations } from "./migrate";

let cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function scratchDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase("copydesk_migrate");
  cleanups.push(() => database.drop());
  return database;
}

/** A copy of prisma/migrations that a test may edit. */
async function migrationsCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "copydesk-migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(defaultMigrationsDir, dir, { recursive: true });
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  applied_steps_count: number;
  rolled_back_at: Date | null;
}
const history = (url: string) =>
  query<HistoryRow>(url, `SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`);

describe("migrate", () => {
  it("applies every migration in order and records it the way Prisma does", async () => {
    const db = await scratchDatabase();
    const files = await readMigrations();
    expect(files.length).toBeGreaterThan(0);

    const result = await migrate(db.url);
    expect(result).toEqual({ applied: files.map((f) => f.name), alreadyApplied: [] });

    const rows = await history(db.url);
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const row of rows) {
      const text = await readFile(path.join(defaultMigrationsDir, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(createHash("sha256").update(text).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.started_at.getTime()).toBeLessThanOrEqual(row.finished_at!.getTime());
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
    }
    const tables = await query<{ name: string }>(db.url, `SELECT to_regclass('public."Article"')::text AS name`);
    expect(tables[0]?.name).toBe('"Article"');
  });

  it("applies nothing the second time", async () => {
    const db = await scratchDatabase();
    const first = await migrate(db.url);
    const before = await history(db.url);

    const second = await migrate(db.url);
    expect(second).toEqual({ applied: [], alreadyApplied: first.applied });
    expect(await history(db.url)).toEqual(before);
  });

  it("refuses to go on when an applied migration's file was modified", async () => {
    const db = await scratchDatabase();
    const dir = await migrationsCopy();
    const [first] = await readMigrations(dir);
    if (!first) throw new Error("no migrations");
    await migrate(db.url, dir);

    await appendFile(path.join(dir, first.name, "migration.sql"), "\n-- edited after it was applied\n");
    const attempt = migrate(db.url, dir);
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(/modified/);
  });

  it("rolls a failing migration back completely", async () => {
    const db = await scratchDatabase();
    const dir = await migrationsCopy();
    const good = (await readMigrations(dir)).map((f) => f.name);
    const broken = "29991231000000_broken";
    await mkdir(path.join(dir, broken));
    await writeFile(
      path.join(dir, broken, "migration.sql"),
      `CREATE TABLE "Partial" ("id" TEXT PRIMARY KEY);\nALTER TABLE "Partial" ADD COLUMN "oops" NO_SUCH_TYPE;\n`,
    );

    const attempt = migrate(db.url, dir);
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(broken);

    const partial = await query<{ name: string | null }>(db.url, `SELECT to_regclass('public."Partial"')::text AS name`);
    expect(partial[0]?.name).toBeNull();
    const rows = await history(db.url);
    expect(rows.map((r) => r.migration_name)).toEqual(good);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);

    // Nothing is left half-done: once fixed, the migration applies.
    await writeFile(path.join(dir, broken, "migration.sql"), `CREATE TABLE "Partial" ("id" TEXT PRIMARY KEY);\n`);
    expect(await migrate(db.url, dir)).toEqual({ applied: [broken], alreadyApplied: good });
  });

  it("applies each migration exactly once when two migrators start together", async () => {
    const db = await scratchDatabase();
    const names = (await readMigrations()).map((f) => f.name);

    const [a, b] = await Promise.all([migrate(db.url), migrate(db.url)]);
    expect([...a.applied, ...b.applied].sort()).toEqual([...names].sort());
    expect([...a.alreadyApplied, ...b.alreadyApplied].sort()).toEqual([...names].sort());

    const rows = await history(db.url);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
  });
});

// The guarantee below the code (docs/decisions/0023): PostgreSQL itself
// refuses a change of Article.status that does not come from the state
// machine, and a new article that does not start as a DRAFT — from Prisma, from
// raw SQL, from any client.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/save";
import { makeUser, resetDatabase, sampleFields, testDatabaseUrl, testDb } from "@/lib/testing/db";
import { bypassStatusGuard } from "@/lib/testing/status";
import { writeStatus } from "./status-write";
import { transition } from "./transition";

const db = testDb();
beforeEach(() => resetDatabase(db));

const REFUSED = /status is set by the workflow only/;

async function draft() {
  const reporter = await makeUser("REPORTER");
  const article = await createArticle(db, reporter, sampleFields());
  return { reporter, id: article.id };
}

const row = (id: string) => db.article.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, headline: true } });

/** A plain pg connection: no Prisma, no application code in between. */
async function rawSql(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

describe("the database's guard on Article.status", () => {
  it("refuses a direct UPDATE of the status, from any client, and changes nothing", async () => {
    const { id } = await draft();
    await expect(rawSql(`UPDATE "Article" SET status = 'PUBLISHED' WHERE id = $1`, [id])).rejects.toThrow(REFUSED);
    await expect(db.$executeRaw`UPDATE "Article" SET status = 'PUBLISHED', "publishedAt" = now() WHERE id = ${id}`).rejects.toThrow(REFUSED);
    await expect(db.article.update({ where: { id }, data: { status: "SUBMITTED" } })).rejects.toThrow(REFUSED);
    await expect(db.article.updateMany({ data: { status: "SPIKED" } })).rejects.toThrow(REFUSED);
    expect(await row(id)).toMatchObject({ status: "DRAFT", version: 1 });
  });

  it("refuses a new article that is not a DRAFT, and lets a DRAFT in", async () => {
    const { reporter } = await draft();
    const insert = (slug: string, status: string) =>
      rawSql(`INSERT INTO "Article" (id, slug, headline, status, "createdById", "updatedAt") VALUES ($1, $1, 'x', $2::"ArticleStatus", $3, now())`, [slug, status, reporter.id]);
    await expect(insert("born-published", "PUBLISHED")).rejects.toThrow(REFUSED);
    await expect(db.article.create({ data: { slug: "born-scheduled", headline: "x", status: "SCHEDULED", createdById: reporter.id } })).rejects.toThrow(REFUSED);
    await insert("born-draft", "DRAFT");
    const rows = await db.article.findMany({ select: { slug: true, status: true } });
    expect(rows.map((r) => r.status)).toEqual(["DRAFT", "DRAFT"]);
    expect(rows.map((r) => r.slug)).toContain("born-draft");
  });

  it("lets every other column change, and the status be written again unchanged", async () => {
    const { id } = await draft();
    await rawSql(`UPDATE "Article" SET headline = 'new headline', status = 'DRAFT' WHERE id = $1`, [id]);
    expect(await row(id)).toMatchObject({ status: "DRAFT", headline: "new headline" });
  });

  it("lets the state machine's own write through, and only that statement", async () => {
    const { id, reporter } = await draft();
    await transition(db, reporter, { articleId: id, name: "submit", expectedVersion: 1 });
    expect(await row(id)).toMatchObject({ status: "SUBMITTED", version: 2 });

    // The licence ends with the machine's statement, even inside its transaction.
    await expect(
      db.$transaction(async (tx) => {
        await writeStatus(tx, id, { reviewStage: null });
        await tx.$executeRaw`UPDATE "Article" SET status = 'PUBLISHED' WHERE id = ${id}`;
      }),
    ).rejects.toThrow(REFUSED);
    // …and with the transaction: the next one on the same pool starts without it.
    await bypassStatusGuard(db, (tx) => tx.article.update({ where: { id }, data: { status: "APPROVED" } }));
    await expect(db.$executeRaw`UPDATE "Article" SET status = 'PUBLISHED' WHERE id = ${id}`).rejects.toThrow(REFUSED);
    expect(await row(id)).toMatchObject({ status: "APPROVED" });
  });

  it("is opened only by the state machine, the backup restore, the generated benchmark newsroom and test fixtures", async () => {
    const openers = new Set<string>();
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "generated" && entry.name !== "node_modules") await walk(file);
        } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          const text = await readFile(file, "utf8");
          if (/copydesk\.workflow|OPEN_STATUS_GUARD_SQL|writeStatus\(/.test(text)) openers.add(path.relative(process.cwd(), file));
        }
      }
    };
    for (const dir of ["app", "components", "lib", "scripts", "bench", "e2e"]) await walk(path.join(process.cwd(), dir));
    expect([...openers].sort()).toEqual([
      "lib/backup/restore.ts",
      "lib/testing/archive/generate.ts",
      "lib/testing/status.ts",
      "lib/workflow/move.ts",
      "lib/workflow/status-write.ts",
    ]);
  });
});

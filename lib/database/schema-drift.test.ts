// The guard for hand-written migrations. Prisma's schema engine cannot be
// downloaded here, so prisma/migrations/*.sql is written by hand to match
// schema.prisma (docs/decisions/0001). This test migrates a fresh database and
// fails when its tables, columns, enums, indexes or foreign keys differ in any
// way from what schema.prisma describes.
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseUrl } from "@/lib/testing/db";
import { migrate } from "@/lib/database/migrate";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";
import { describeSchemaFromDatabase, describeSchemaFromPrisma, diffSchemas, type SchemaDescription } from "./schema-drift";

const schemaFile = path.join(process.cwd(), "prisma", "schema.prisma");
let fromPrisma: SchemaDescription;

beforeAll(async () => {
  fromPrisma = describeSchemaFromPrisma(await readFile(schemaFile, "utf8"));
});

describe("schema.prisma and the migrations", () => {
  it("describe the same database", async () => {
    const fromDatabase = await describeSchemaFromDatabase(testDatabaseUrl());
    expect(diffSchemas(fromPrisma, fromDatabase)).toEqual([]);
    expect(fromDatabase).toEqual(fromPrisma);
  });

  it("reads schema.prisma the way Prisma's conventions say", () => {
    // Spot checks, so that both describers cannot agree on something wrong.
    expect(Object.keys(fromPrisma.tables)).toEqual(expect.arrayContaining(["Article", "ArticleContributor", "Section", "User", "WorkflowEvent"]));
    expect(fromPrisma.tables.Article).toMatchObject({
      id: { type: "text", nullable: false, default: null },
      kicker: { type: "text", nullable: true, default: null },
      dateline: { type: "text", nullable: false, default: "本报讯" },
      status: { type: "ArticleStatus", nullable: false, default: "DRAFT" },
      version: { type: "integer", nullable: false, default: "1" },
      editionDate: { type: "date", nullable: true, default: null },
      createdAt: { type: "timestamp(3) without time zone", nullable: false, default: "now()" },
      updatedAt: { type: "timestamp(3) without time zone", nullable: false, default: null },
    });
    expect(fromPrisma.tables.User?.active).toEqual({ type: "boolean", nullable: false, default: "true" });
    expect(fromPrisma.enums.Credit).toEqual(["TEXT", "PHOTO", "TEXT_AND_PHOTO"]);
    expect(fromPrisma.indexes).toMatchObject({
      Article_pkey: { table: "Article", columns: ["id"], unique: true, primary: true },
      Article_slug_key: { table: "Article", columns: ["slug"], unique: true, primary: false },
      Article_status_publishedAt_idx: { columns: ["status", "publishedAt DESC"], unique: false },
      ArticleContributor_articleId_position_key: { columns: ["articleId", "position"], unique: true },
    });
    expect(fromPrisma.foreignKeys).toMatchObject({
      Article_sectionId_fkey: { referencedTable: "Section", referencedColumns: ["id"], onDelete: "SET NULL" },
      Article_createdById_fkey: { referencedTable: "User", onDelete: "RESTRICT" },
      ArticleContributor_articleId_fkey: { onDelete: "CASCADE" },
    });
  });
});

describe("the drift check", () => {
  let scratch: TestDatabase;
  let drifted: SchemaDescription;
  let differences: string[];

  beforeAll(async () => {
    scratch = await createTestDatabase("copydesk_drift");
    await migrate(scratch.url);
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      await client.query(`
        ALTER TABLE "Article" ADD COLUMN "extra" TEXT;
        ALTER TABLE "Article" ALTER COLUMN "pageNumber" TYPE BIGINT;
        ALTER TABLE "Article" ALTER COLUMN "kicker" SET NOT NULL;
        ALTER TABLE "Article" ALTER COLUMN "dateline" SET DEFAULT '新华社';
        ALTER TYPE "Credit" ADD VALUE 'VIDEO';
        DROP INDEX "Article_status_updatedAt_idx";
        DROP INDEX "Article_status_publishedAt_idx";
        CREATE INDEX "Article_status_publishedAt_idx" ON "Article"("status", "publishedAt");
        ALTER TABLE "ArticleContributor" DROP CONSTRAINT "ArticleContributor_userId_fkey";
        ALTER TABLE "ArticleContributor" ADD CONSTRAINT "ArticleContributor_userId_fkey"
          FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
      `);
    } finally {
      await client.end();
    }
    drifted = await describeSchemaFromDatabase(scratch.url);
    differences = diffSchemas(fromPrisma, drifted);
  });
  afterAll(() => scratch?.drop());

  it("notices an added column", () => {
    expect(differences).toContain("tables.Article.extra: only in the database");
  });

  it("notices a changed column type", () => {
    expect(differences).toContain('tables.Article.pageNumber.type: "integer" in schema.prisma, "bigint" in the database');
  });

  it("notices changed nullability", () => {
    expect(differences).toContain("tables.Article.kicker.nullable: true in schema.prisma, false in the database");
  });

  it("notices a changed default", () => {
    expect(differences).toContain('tables.Article.dateline.default: "本报讯" in schema.prisma, "新华社" in the database');
  });

  it("notices an extra enum value", () => {
    expect(drifted.enums.Credit).toEqual(["TEXT", "PHOTO", "TEXT_AND_PHOTO", "VIDEO"]);
    expect(differences.filter((d) => d.startsWith("enums.Credit"))).toHaveLength(1);
  });

  it("notices a missing index and a lost DESC", () => {
    expect(differences).toContain("indexes.Article_status_updatedAt_idx: missing from the database");
    expect(differences).toContain(
      'indexes.Article_status_publishedAt_idx.columns: ["status","publishedAt DESC"] in schema.prisma, ["status","publishedAt"] in the database',
    );
  });

  it("notices a changed ON DELETE", () => {
    expect(differences).toContain(
      'foreignKeys.ArticleContributor_userId_fkey.onDelete: "SET NULL" in schema.prisma, "CASCADE" in the database',
    );
  });

  it("reports nothing else", () => {
    expect(differences).toHaveLength(8);
  });
});

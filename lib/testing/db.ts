// Helpers for domain tests: a client on this run's database, a clean slate
// per test file, and small factories.
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/database/client";
import { databaseUrl } from "./databases";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/policy";
import type { ArticleFields } from "@/lib/validation/article";

let shared: Db | undefined;

/** The URL of this worker's copy of the run's migrated template (lib/testing/worker-database.ts), for tests that open connections of their own. */
export function testDatabaseUrl(): string {
  const { adminUrl, template } = inject("testDatabase");
  return databaseUrl(adminUrl, `${template}_w${process.env.VITEST_POOL_ID ?? "1"}`);
}

export function testDb(): Db {
  shared ??= createDb(testDatabaseUrl(), { max: 4 });
  return shared;
}

export async function resetDatabase(db: Db = testDb()) {
  await db.$executeRawUnsafe(
    // CASCADE empties every table that refers to these.
    `TRUNCATE "WorkflowEvent", "ArticleContributor", "Article", "Section", "User", "Setting", "EditionSnapshot", "ImportedPage" RESTART IDENTITY CASCADE`,
  );
}

let counter = 0;
export async function makeUser(role: Role, db: Db = testDb()): Promise<Actor & { name: string; email: string }> {
  counter += 1;
  const user = await db.user.create({
    data: { email: `${role.toLowerCase()}-${counter}-${Date.now()}@test.local`, name: `${role} ${counter}`, role, passwordHash: "x" },
  });
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

export async function makeSection(db: Db = testDb(), slug = `section-${++counter}`) {
  return db.section.create({ data: { slug, nameZh: "开发区", nameEn: "Development Zone", position: counter } });
}

export const sampleFields = (overrides: Partial<ArticleFields> = {}): ArticleFields => ({
  kicker: "开发区学习贯彻会议精神",
  headline: "把会议精神转化为强大工作动力",
  subheadline: null,
  dateline: "本报讯",
  summary: null,
  body: "第一段。\n\n第二段。",
  contributors: [
    { name: "郭坤", role: "REPORTER", credit: "TEXT_AND_PHOTO" },
    { name: "曹文娟", role: "CORRESPONDENT", credit: "TEXT_AND_PHOTO" },
  ],
  ...overrides,
});

// Creates throwaway databases for the test suites (Vitest and Playwright).
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { startEmbedded, type EmbeddedServer } from "@/lib/database/embedded";

const SYSTEM_ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  let embedded: EmbeddedServer | null = null;
  let adminUrl = SYSTEM_ADMIN_URL;
  if (!(await reachable(adminUrl))) {
    embedded = await startEmbedded(path.join(process.cwd(), ".data", "test-postgres"), 54339);
    adminUrl = embedded.url("postgres");
  }
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await embedded?.stop();
    },
  };
}

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

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
  await dropAbandoned(adminUrl, prefix);
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

// A run killed before its teardown leaves its database behind; drop those
// of ours that are over three hours old (the timestamp is in the name).
async function dropAbandoned(adminUrl: string, prefix: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${prefix}\\_%`],
    );
    const cutoff = Date.now() - 3 * 60 * 60 * 1000;
    for (const { datname } of rows) {
      const created = Number(datname.slice(prefix.length + 1).split("_")[0]);
      if (created && created < cutoff) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

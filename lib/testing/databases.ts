// Creates throwaway databases for the test suites (Vitest and Playwright).
// Uses the machine's PostgreSQL on 127.0.0.1:5432 when it answers, otherwise
// an embedded one, so the tests run on any machine.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { EmbeddedServer } from "@/lib/database/embedded";

const SYSTEM_ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  name: string;
  url: string;
  /** A connection to the server's `postgres` database, for creating and dropping others. */
  adminUrl: string;
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
    // Loaded only when needed: workers that merely copy a database stay light.
    const { startEmbedded } = await import("@/lib/database/embedded");
    embedded = await startEmbedded(path.join(process.cwd(), ".data", "test-postgres"), 54339);
    adminUrl = embedded.url("postgres");
  }
  await dropAbandoned(adminUrl, prefix);
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  return {
    name,
    url: databaseUrl(adminUrl, name),
    adminUrl,
    async drop() {
      // Copies made from it (cloneDatabase) go with it.
      await dropDatabases(adminUrl, name);
      await embedded?.stop();
    },
  };
}

/** The URL of database `name` on the server `adminUrl` points at. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A copy of a migrated (and perhaps seeded) database, made by PostgreSQL
 * from the file level (`CREATE DATABASE … TEMPLATE`): a fraction of a second,
 * where migrating and seeding again takes seconds. The copy is named after
 * its template, so dropping the template's family drops it too.
 */
export async function cloneDatabase(adminUrl: string, template: string, suffix: string): Promise<string> {
  const name = `${template}_${suffix}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return databaseUrl(adminUrl, name);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === "42P04") return databaseUrl(adminUrl, name); // already made by this worker
      // Two copies started at the same moment: the template is briefly "in use".
      if (code === "55006" && attempt < 20) {
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        continue;
      }
      throw error;
    }
  }
}

/** Drops `name` and every database named after it (`name_…`). */
export async function dropDatabases(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2 ORDER BY length(datname) DESC",
      [name, `${name.replace(/_/g, "\\_")}\\_%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
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

// A run killed before its teardown leaves its databases behind; drop those
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

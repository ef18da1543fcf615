// How the scripts find their database: DATABASE_URL when set, else the
// embedded PostgreSQL under .data/ (started here, stopped by the caller).
import pg from "pg";
import { embeddedUrl, startEmbedded, type EmbeddedServer } from "@/lib/database/embedded";

export interface ResolvedDatabase {
  url: string;
  embedded: EmbeddedServer | null;
}

export const EMBEDDED_DATABASE = "copydesk";

export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await assertReachable(configured);
    return { url: configured, embedded: null };
  }
  // Already running (`npm start` in another terminal): use it, and leave it
  // running. A second postgres on the same data directory would not start.
  const running = embeddedUrl(EMBEDDED_DATABASE);
  if (await answers(running)) return { url: running, embedded: null };
  const embedded = await startEmbedded();
  await createDatabaseIfMissing(embedded.url("postgres"), EMBEDDED_DATABASE);
  return { url: embedded.url(EMBEDDED_DATABASE), embedded };
}

export async function createDatabaseIfMissing(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', "")}"`);
  } finally {
    await client.end();
  }
}

/** Fails with one plain sentence instead of a driver stack trace. */
export async function assertReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    const where = safeLocation(url);
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnreachable(`Cannot reach the database at ${where} (${reason}). Is PostgreSQL running, and is DATABASE_URL right?`);
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export class DatabaseUnreachable extends Error {}

function safeLocation(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "the configured DATABASE_URL";
  }
}

/** Prints a known failure as one line and exits; anything else keeps its trace. */
export function exitWithMessage(error: unknown): never {
  if (error instanceof DatabaseUnreachable || (error instanceof Error && error.name === "MigrationError")) {
    console.error(`\n✖ ${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
}

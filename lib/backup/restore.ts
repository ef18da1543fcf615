// Restores a backup into a database, all or nothing: the file is checked
// whole first, then one transaction drops what is there, replays the
// backup's own migrations, loads every table and sets the sequences. Only
// after that commits are migrations newer than the backup applied, by the
// migrator, exactly as at any start.
import pg from "pg";
import { CREATE_TABLE, LOCK_ID, migrate, readMigrations } from "@/lib/database/migrate";
import type { MediaStorage } from "@/lib/media/storage";
import { OPEN_STATUS_GUARD_SQL } from "@/lib/workflow/status-write";
import { describeLocation } from "./format";
import { readBackup } from "./read";
import { columnsOf, quote, tablesInDependencyOrder, tablesWithRows } from "./tables";

/** A restore that was not started, with the reason in one sentence. Nothing was changed. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefused";
  }
}

export interface RestoreOptions {
  /** Replace a database that already holds data. */
  force?: boolean;
  migrationsDir?: string;
  /** Where the printed pages' files go back to; without it they are left out. */
  storage?: MediaStorage;
}

export interface RestoreSummary {
  tables: { table: string; rows: number }[];
  /** Tables that held rows before and were replaced (only with force). */
  replaced: string[];
  /** Migrations newer than the backup, applied after loading it. */
  laterMigrations: string[];
  /** Page files put back into storage. */
  files: number;
}

// One INSERT per batch: few round trips, bounded memory.
const BATCH_ROWS = 1_000;
const BATCH_CHARS = 8_000_000;

export async function restoreBackup(connectionString: string, file: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const { header, tables, files } = await readBackup(file);
  const local = new Map((await readMigrations(options.migrationsDir)).map((m) => [m.name, m]));
  for (const { name, checksum } of header.migrations) {
    const mine = local.get(name);
    if (!mine) throw new RestoreRefused(`The backup was made by a newer Copydesk (migration ${name} is not in this copy). Update Copydesk, then restore. Nothing was changed.`);
    if (mine.checksum !== checksum) throw new RestoreRefused(`Migration ${name} differs from the one the backup was made with; refusing to restore. Nothing was changed.`);
  }

  const where = describeLocation(connectionString);
  const client = new pg.Client({ connectionString });
  await client.connect();
  let replaced: string[];
  // Files are put back while the rows load; if the load fails they are taken out again.
  const put: string[] = [];
  try {
    replaced = await tablesWithRows(client);
    if (replaced.length && !options.force) {
      const some = replaced.slice(0, 4).join(", ") + (replaced.length > 4 ? ", …" : "");
      throw new RestoreRefused(
        `${where} already holds data (${replaced.length} table(s) with rows: ${some}). Restoring would replace all of it; run again with --force if that is what you want. Nothing was changed.`,
      );
    }
    await client.query("BEGIN");
    try {
      // A Copydesk starting meanwhile waits instead of migrating half-way through.
      await client.query("SELECT pg_advisory_xact_lock($1)", [LOCK_ID]);
      await dropSchemaObjects(client);
      await client.query(CREATE_TABLE);
      for (const { name } of header.migrations) await client.query(local.get(name)!.sql);
      await checkTablesMatch(client, tables);
      // The rows go back as they were, statuses included: the database's
      // guard on Article.status (docs/decisions/0023) is opened for this
      // transaction only, as the state machine opens it for a move.
      await client.query(OPEN_STATUS_GUARD_SQL);

      let batch: string[] = [];
      let chars = 0;
      const flush = async (table: string) => {
        if (!batch.length) return;
        await client.query(`INSERT INTO ${quote(table)} SELECT * FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`, [`[${batch.join(",")}]`]);
        batch = [];
        chars = 0;
      };
      await readBackup(file, {
        async row(table, json) {
          batch.push(json);
          chars += json.length;
          if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush(table);
        },
        tableEnd: flush,
        async file(key, type, bytes) {
          if (!options.storage) return;
          await options.storage.put(key, bytes, type);
          put.push(key);
        },
      });
      for (const { name, value } of header.sequences) {
        await client.query("SELECT setval(('public.' || quote_ident($1))::regclass, $2::bigint)", [name, value]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      await Promise.all(put.map((key) => options.storage!.delete(key).catch(() => undefined)));
      throw error;
    }
  } finally {
    await client.end();
  }
  const { applied } = await migrate(connectionString, options.migrationsDir);
  return { tables: tables.map(({ table, rows }) => ({ table, rows })), replaced, laterMigrations: applied, files: options.storage ? files : 0 };
}

/** Everything the migrations create in `public`: its tables (with their triggers), enum types and trigger functions. */
async function dropSchemaObjects(client: pg.Client) {
  const { rows: tables } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'");
  if (tables.length) await client.query(`DROP TABLE ${tables.map((t) => quote(t.name)).join(", ")} CASCADE`);
  // Functions an extension owns are the extension's to drop.
  const { rows: functions } = await client.query<{ name: string }>(
    `SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND p.prokind = 'f'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
  );
  if (functions.length) await client.query(`DROP FUNCTION ${functions.map((f) => quote(f.name)).join(", ")} CASCADE`);
  const { rows: types } = await client.query<{ name: string }>(
    `SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' AND t.typtype = 'e'`,
  );
  if (types.length) await client.query(`DROP TYPE ${types.map((t) => quote(t.name)).join(", ")} CASCADE`);
}

/** The replayed migrations must have made exactly the backup's tables, with a column for every key. */
async function checkTablesMatch(client: pg.Client, tables: { table: string; keys: Set<string> }[]) {
  const made = await tablesInDependencyOrder(client);
  const inFile = tables.map((t) => t.table);
  const missing = inFile.filter((t) => !made.includes(t));
  const extra = made.filter((t) => !inFile.includes(t));
  if (missing.length || extra.length) {
    throw new RestoreRefused(`The backup's tables do not match its migrations (missing: ${missing.join(", ") || "none"}; not in the backup: ${extra.join(", ") || "none"}). Nothing was changed.`);
  }
  for (const { table, keys } of tables) {
    const columns = new Set(await columnsOf(client, table));
    const unknown = [...keys].filter((k) => !columns.has(k));
    if (unknown.length) throw new RestoreRefused(`The backup's ${table} rows carry columns the table does not have (${unknown.join(", ")}). Nothing was changed.`);
  }
}

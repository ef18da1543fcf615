// Writes a backup of a Copydesk database: one REPEATABLE READ snapshot, so
// every table is read as of the same instant while the newsroom keeps
// working; rows are streamed through a cursor, never held all at once.
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import pg from "pg";
import type { MediaStorage } from "@/lib/media/storage";
import { pageFilesOf } from "./files";
import { describeLocation, FORMAT, VERSION, type BackupHeader } from "./format";
import { MIGRATIONS_TABLE, quote, tablesInDependencyOrder } from "./tables";

const BATCH = 500;

export interface BackupSummary {
  file: string;
  bytes: number;
  tables: { table: string; rows: number }[];
  /** Page files written, and those a page row names but storage no longer has. */
  files: number;
  missingFiles: string[];
}

export interface BackupOptions {
  /** Where the printed pages' files are; without it the backup holds rows only. */
  storage?: MediaStorage;
}

export async function writeBackup(connectionString: string, file: string, { storage }: BackupOptions = {}): Promise<BackupSummary> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  // Written beside the target and renamed at the end: a backup that failed
  // half-way never sits under a name that looks complete.
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(partial);
  gzip.pipe(out);
  const hash = createHash("sha256");
  const write = async (line: string) => {
    const text = `${line}\n`;
    hash.update(text);
    if (!gzip.write(text)) await once(gzip, "drain");
  };

  const client = new pg.Client({ connectionString });
  await client.connect();
  const tables: BackupSummary["tables"] = [];
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const order = await tablesInDependencyOrder(client);
    if (!order.includes(MIGRATIONS_TABLE)) {
      throw new Error(`${describeLocation(connectionString)} has no ${MIGRATIONS_TABLE} table: is it a Copydesk database?`);
    }
    const { rows: migrations } = await client.query<{ name: string; checksum: string }>(
      `SELECT migration_name AS name, checksum FROM ${quote(MIGRATIONS_TABLE)}
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const { rows: sequences } = await client.query<{ name: string; value: string }>(
      "SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL",
    );
    const { server } = (await client.query<{ server: string }>("SELECT version() AS server")).rows[0]!;
    const header: BackupHeader = {
      format: FORMAT,
      version: VERSION,
      createdAt: new Date().toISOString(),
      source: describeLocation(connectionString),
      server,
      migrations,
      sequences,
    };
    await write(JSON.stringify(header));

    for (const table of order) {
      const { n } = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(table)}`)).rows[0]!;
      await write(JSON.stringify({ table, rows: n }));
      await client.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${quote(table)} t`);
      for (;;) {
        const { rows } = await client.query<{ j: string }>(`FETCH ${BATCH} FROM dump`);
        for (const { j } of rows) await write(j);
        if (rows.length < BATCH) break;
      }
      await client.query("CLOSE dump");
      tables.push({ table, rows: n });
    }
    // The pages' files as the rows above name them (same snapshot).
    let files = 0;
    const missingFiles: string[] = [];
    for (const key of storage ? await pageFilesOf(client) : []) {
      const object = await storage!.get(key);
      if (!object) {
        missingFiles.push(key);
        continue;
      }
      await write(JSON.stringify({ file: key, type: object.contentType, data: object.bytes.toString("base64") }));
      files++;
    }
    await client.query("COMMIT");
    gzip.end(`${JSON.stringify({ end: true, sha256: hash.digest("hex") })}\n`);
    await once(out, "close");
    await rename(partial, file);
    return { file, bytes: out.bytesWritten, tables, files, missingFiles };
  } catch (error) {
    gzip.destroy();
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

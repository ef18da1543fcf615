// Reads a backup file line by line and checks everything that can be checked
// without a database: the header, each table's row count, that every row is
// a JSON object, and the closing line's checksum. Restore reads the file
// twice: once to check it all (nothing is touched before that passes), once
// to load it.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { isFileLine } from "./files";
import { FORMAT, READABLE_VERSIONS, VERSION, type BackupHeader } from "./format";

export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupFileError";
  }
}

export interface TableContents {
  table: string;
  rows: number;
  /** Every key seen in this table's rows, to compare with the table's columns. */
  keys: Set<string>;
}

export interface BackupVisitor {
  /** Called once per row, in file order, with the row's JSON text. */
  row?(table: string, json: string): Promise<void> | void;
  /** Called after a table's last row. */
  tableEnd?(table: string): Promise<void> | void;
  /** Called once per page file (after the tables), with its key, content type and bytes. */
  file?(key: string, type: string, bytes: Buffer): Promise<void> | void;
}

export async function readBackup(file: string, visitor: BackupVisitor = {}): Promise<{ header: BackupHeader; tables: TableContents[]; files: number }> {
  const damaged = (reason: string) => new BackupFileError(`${file} is damaged or incomplete: ${reason}. Nothing was changed.`);
  const source = createReadStream(file);
  const gunzip = createGunzip();
  // A pipe does not pass a read error on; destroying the gunzip with it
  // makes the line reader below throw it.
  source.on("error", (error) => gunzip.destroy(error));
  const lines = createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });

  const hash = createHash("sha256");
  let header: BackupHeader | null = null;
  const tables: TableContents[] = [];
  let current: TableContents | null = null;
  let remaining = 0;
  let ended = false;
  let lineNumber = 0;
  let files = 0;

  try {
    for await (const line of lines) {
      lineNumber++;
      if (ended) throw damaged(`there is text after its closing line (line ${lineNumber})`);
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw damaged(`line ${lineNumber} is not valid JSON`);
      }
      if (!isObject(value)) throw damaged(`line ${lineNumber} is not a JSON object`);

      if (!header) {
        if (value.format !== FORMAT) throw new BackupFileError(`${file} is not a Copydesk backup. Nothing was changed.`);
        if (!READABLE_VERSIONS.includes(value.version as number)) throw new BackupFileError(`${file} is a backup of format version ${String(value.version)}; this Copydesk reads version ${VERSION} and older. Nothing was changed.`);
        if (!Array.isArray(value.migrations) || !Array.isArray(value.sequences)) throw damaged("its header is incomplete");
        header = value as unknown as BackupHeader;
      } else if (remaining > 0) {
        await visitor.row?.(current!.table, line);
        for (const key of Object.keys(value)) current!.keys.add(key);
        remaining--;
        if (remaining === 0) await visitor.tableEnd?.(current!.table);
      } else if (value.end === true) {
        if (value.sha256 !== hash.digest("hex")) throw damaged("its checksum does not match its contents");
        ended = true;
        continue;
      } else if (isFileLine(value)) {
        files++;
        await visitor.file?.(value.file, value.type, Buffer.from(value.data, "base64"));
      } else if (typeof value.table === "string" && Number.isInteger(value.rows) && (value.rows as number) >= 0) {
        if (files > 0) throw damaged(`table ${value.table} comes after the files`);
        current = { table: value.table, rows: value.rows as number, keys: new Set() };
        if (tables.some((t) => t.table === current!.table)) throw damaged(`table ${current.table} appears twice`);
        tables.push(current);
        remaining = current.rows;
        if (remaining === 0) await visitor.tableEnd?.(current.table);
      } else {
        throw damaged(`line ${lineNumber} is neither a table nor a row`);
      }
      hash.update(`${line}\n`);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code === "ENOENT") throw new BackupFileError(`${file} does not exist. Nothing was changed.`);
    // zlib's codes: a cut-short or garbled gzip stream.
    if (code.startsWith("Z_")) throw damaged(`it cannot be decompressed (${(error as Error).message})`);
    throw error;
  } finally {
    lines.close();
    source.destroy();
  }
  if (!header) throw damaged("it is empty");
  if (remaining > 0) throw damaged(`table ${current!.table} stops ${remaining} row(s) short`);
  if (!ended) throw damaged("it ends before its closing line");
  return { header, tables, files };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

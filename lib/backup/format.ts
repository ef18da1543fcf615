// The backup file (docs/decisions/0016): gzip of UTF-8 JSON lines.
//
//   {"format":"copydesk-backup","version":1, …header}
//   {"table":"Section","rows":4}
//   {…one row, as PostgreSQL's row_to_json wrote it}        × 4
//   {"table":"User","rows":4}
//   …
//   {"file":"3f…a1/1200","type":"image/webp","data":"<base64>"}   one per page file (version 2)
//   …
//   {"end":true,"sha256":"<hex of every line above, newlines included>"}
//
// The closing line makes a cut-short file detectable even where gzip's own
// check would not look (a file cut exactly between two gzip members).

export const FORMAT = "copydesk-backup";
// Version 2 added the printed pages' files after the tables; a version 1
// file (tables only) still restores.
export const VERSION = 2;
export const READABLE_VERSIONS: number[] = [1, 2];

export interface BackupHeader {
  format: typeof FORMAT;
  version: typeof VERSION;
  createdAt: string;
  /** host:port/database the backup was taken from (never the password). */
  source: string;
  server: string;
  /** Applied migrations, in the order they were applied; restore replays exactly these. */
  migrations: { name: string; checksum: string }[];
  /** Sequence values, so ids drawn from one continue where they were. */
  sequences: { name: string; value: string }[];
}

export interface TableMarker {
  table: string;
  rows: number;
}

export interface Trailer {
  end: true;
  sha256: string;
}

/** Where a connection string points, without its credentials. */
export function describeLocation(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "the configured database";
  }
}

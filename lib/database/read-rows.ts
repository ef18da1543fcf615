// Hand-written reads on the readers' hot path (the front page's inputs, the
// cards every listing shows) run on the pool Prisma itself uses, as named
// statements. Measured on the front page (BENCHMARKS.md, "Database at
// scale"): Prisma's raw-query path added about 1 ms to each query, and
// unnamed statements are planned afresh on every call; the render went from
// 7.2 ms to about 4 ms at p50 (docs/decisions/0021). Writes, transactions
// and everything else stay on Prisma.
import { createHash } from "node:crypto";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./client";

// Rows come back as $queryRaw gives them for the types these queries read
// (text, integers, json, timestamps). The one difference is `timestamp`,
// which the database keeps in UTC and pg would read as local time.
const TIMESTAMP = 1114;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

// A statement is prepared once per connection under a name; the name is the
// text's hash, so two texts never share one.
const statementName = (text: string) => `read_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;

export async function readRows<Row>(db: Db, query: Prisma.Sql): Promise<Row[]> {
  const text = query.text;
  const { rows } = await db.pool.query({
    name: statementName(text),
    text,
    // The same UTC instant Prisma would send; a timestamp column ignores the "Z".
    values: query.values.map((value) => (value instanceof Date ? value.toISOString() : value)),
    types,
  });
  return rows as Row[];
}

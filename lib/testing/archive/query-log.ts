// Sees every SQL statement a Db sends, by wrapping the query method of each
// connection its pool opens: counts queries per operation and keeps their
// text and parameters so they can be EXPLAINed afterwards. No
// pg_stat_statements needed, and it counts what Prisma really sends
// (a relation loaded by a second query counts as a second query).
import type { PoolClient } from "pg";
import pg from "pg";
import type { Db } from "@/lib/database/client";

export interface LoggedQuery {
  text: string;
  values: unknown[];
}

type QueryConfig = { text: string; values?: unknown[] };
// Statements that are not reads of the data: transaction control.
const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SET|SAVEPOINT|RELEASE|DEALLOCATE)\b/i;

/** Call before the Db's first query: only connections opened afterwards are watched. */
export function watchQueries(db: Db) {
  let log: LoggedQuery[] | null = null;
  db.pool.on("connect", (client: PoolClient) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      if (log) {
        const [first, second] = args;
        const config: QueryConfig = typeof first === "string" ? { text: first, values: Array.isArray(second) ? second : [] } : (first as QueryConfig);
        if (!CONTROL.test(config.text)) log.push({ text: config.text, values: config.values ?? [] });
      }
      return original(...args);
    };
  });
  return {
    /** Runs `fn` and returns what it sent. Operations must not overlap. */
    async capture<T>(fn: () => Promise<T>): Promise<{ result: T; queries: LoggedQuery[] }> {
      log = [];
      try {
        const result = await fn();
        return { result, queries: log };
      } finally {
        log = null;
      }
    },
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of each query, with the same parameters, as text. */
export async function explainAll(connectionString: string, queries: LoggedQuery[]): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const plans: string[] = [];
    for (const query of queries) {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values);
      plans.push(rows.map((r) => r["QUERY PLAN"]).join("\n"));
    }
    return plans;
  } finally {
    await client.end();
  }
}

/** True when a plan reads the Article table from end to end. */
export const scansArticles = (plan: string) => /Seq Scan on "Article"/.test(plan);

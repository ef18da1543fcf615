// What a backup covers: every table of the `public` schema, listed so that a
// table comes after the tables its foreign keys point at (restoring in this
// order never breaks a constraint).
import type pg from "pg";

export const MIGRATIONS_TABLE = "_prisma_migrations";

/** Quotes an identifier for SQL ("Article", "_prisma_migrations"). */
export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function tablesInDependencyOrder(client: pg.ClientBase): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set()]));
  for (const { child, parent } of edges) {
    // A row pointing at a row of its own table would need its rows ordered
    // too; our schema has none, and a backup that could not be restored is
    // worse than none, so say so instead of guessing.
    if (child === parent) throw new Error(`Table ${child} references itself; the backup cannot order its rows.`);
    parents.get(child)?.add(parent);
  }
  // Kahn's algorithm, alphabetical among equals so the order is stable.
  const order: string[] = [];
  while (parents.size) {
    const ready = [...parents].filter(([, deps]) => [...deps].every((d) => !parents.has(d))).map(([name]) => name);
    if (!ready.length) throw new Error(`Foreign keys form a cycle among ${[...parents.keys()].join(", ")}.`);
    for (const name of ready.sort()) {
      order.push(name);
      parents.delete(name);
    }
  }
  return order;
}

export async function columnsOf(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = ('public.' || quote_ident($1))::regclass AND attnum > 0 AND NOT attisdropped
      ORDER BY attnum`,
    [table],
  );
  return rows.map((r) => r.name);
}

/** Tables of `public` that hold at least one row (the migrations' own table aside). */
export async function tablesWithRows(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> $1 ORDER BY tablename",
    [MIGRATIONS_TABLE],
  );
  const filled: string[] = [];
  for (const { name } of rows) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${quote(name)} LIMIT 1`);
    if (rowCount) filled.push(name);
  }
  return filled;
}

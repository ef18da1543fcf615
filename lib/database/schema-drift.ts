// Describes a database schema two ways — from schema.prisma and from a live
// PostgreSQL database — in one normalised shape, so a test can compare them.
// Why: Prisma's schema engine cannot be downloaded here, so the migrations in
// prisma/migrations are hand-written SQL (docs/decisions/0001). Nothing but
// this comparison notices when they stop matching schema.prisma.
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";

export interface ColumnDescription {
  /** As PostgreSQL prints it (`text`, `timestamp(3) without time zone`) or the enum's name. */
  type: string;
  nullable: boolean;
  /** Normalised default: `now()`, `autoincrement()`, or the literal as text; null when none. */
  default: string | null;
}
/** `columns` in order, `"publishedAt DESC"` for a descending one. */
export interface IndexDescription { table: string; columns: string[]; unique: boolean; primary: boolean }
export interface ForeignKeyDescription {
  table: string; columns: string[]; referencedTable: string; referencedColumns: string[]; onDelete: string; onUpdate: string;
}

export interface SchemaDescription {
  tables: Record<string, Record<string, ColumnDescription>>;
  enums: Record<string, string[]>;
  indexes: Record<string, IndexDescription>;
  foreignKeys: Record<string, ForeignKeyDescription>;
}

// ---- schema.prisma -------------------------------------------------------

// The parts of Prisma's DMMF read here.
interface DmmfField {
  name: string; dbName?: string | null; kind: "scalar" | "object" | "enum" | "unsupported"; isRequired: boolean; isList: boolean;
  type: string; nativeType?: [string, string[]] | null; default?: unknown;
  relationFromFields?: string[]; relationToFields?: string[]; relationOnDelete?: string; relationOnUpdate?: string;
}
interface DmmfIndex {
  model: string; type: "id" | "unique" | "normal" | "fulltext"; dbName?: string | null;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
}
interface Dmmf {
  datamodel: {
    models: { name: string; dbName: string | null; fields: DmmfField[] }[];
    enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
    indexes: DmmfIndex[];
  };
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text", Int: "integer", BigInt: "bigint", Boolean: "boolean", Float: "double precision",
  Decimal: "numeric(65,30)", DateTime: "timestamp(3) without time zone", Json: "jsonb", Bytes: "bytea",
};
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Date: () => "date",
  Text: () => "text",
  VarChar: (a) => (a.length ? `character varying(${a[0]})` : "character varying"),
  Timestamptz: (a) => `timestamp(${a[0] ?? 3}) with time zone`,
  Timestamp: (a) => `timestamp(${a[0] ?? 3}) without time zone`,
  Uuid: () => "uuid",
};
const ACTIONS: Record<string, string> = {
  Cascade: "CASCADE", Restrict: "RESTRICT", NoAction: "NO ACTION", SetNull: "SET NULL", SetDefault: "SET DEFAULT",
};
const action = (names: Record<string, string>, key: string) => names[key] ?? `unknown (${key})`;
// Defaults Prisma's client fills in; the database column has none.
const CLIENT_DEFAULTS = new Set(["cuid", "uuid", "ulid", "nanoid"]);

function prismaDefault(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "object") return String(value);
  const fn = value as { name: string; args?: unknown[] };
  if (CLIENT_DEFAULTS.has(fn.name)) return null;
  if (fn.name === "dbgenerated") return String(fn.args?.[0] ?? "");
  return `${fn.name}()`;
}

export function describeSchemaFromPrisma(schemaText: string): SchemaDescription {
  const { datamodel } = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: schemaText }))) as Dmmf;
  const tableOf = (model: string) => {
    const m = datamodel.models.find((x) => x.name === model)!;
    return { table: m.dbName ?? m.name, column: (f: string) => m.fields.find((x) => x.name === f)?.dbName ?? f };
  };
  const result: SchemaDescription = { tables: {}, enums: {}, indexes: {}, foreignKeys: {} };

  for (const e of datamodel.enums) result.enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);

  for (const model of datamodel.models) {
    const { table, column } = tableOf(model.name);
    const columns: Record<string, ColumnDescription> = {};
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (!field.relationFromFields?.length) continue;
        const fromColumns = field.relationFromFields.map(column);
        const target = tableOf(field.type);
        const defaultOnDelete = field.isRequired ? "Restrict" : "SetNull";
        result.foreignKeys[`${table}_${fromColumns.join("_")}_fkey`] = {
          table, columns: fromColumns, referencedTable: target.table,
          referencedColumns: (field.relationToFields ?? []).map(target.column),
          onDelete: action(ACTIONS, field.relationOnDelete ?? defaultOnDelete),
          onUpdate: action(ACTIONS, field.relationOnUpdate ?? "Cascade"),
        };
        continue;
      }
      const base = field.nativeType
        ? NATIVE_TYPES[field.nativeType[0]]?.(field.nativeType[1]) ?? field.nativeType[0].toLowerCase()
        : field.kind === "enum" ? field.type : SCALAR_TYPES[field.type] ?? field.type;
      const type = field.isList ? `${base}[]` : base;
      columns[field.dbName ?? field.name] = { type, nullable: !field.isRequired, default: prismaDefault(field.default) };
    }
    Object.assign(columns, unsupportedColumns(schemaText, model.name));
    result.tables[table] = columns;
  }

  for (const index of datamodel.indexes) {
    const { table, column } = tableOf(index.model);
    const names = index.fields.map((f) => column(f.name));
    const suffix = { id: "pkey", unique: "key", normal: "idx", fulltext: "idx" }[index.type];
    const name = index.dbName ?? (index.type === "id" ? `${table}_pkey` : `${table}_${names.join("_")}_${suffix}`);
    result.indexes[name] = {
      table, columns: index.fields.map((f) => column(f.name) + (f.sortOrder === "desc" ? " DESC" : "")),
      unique: index.type === "id" || index.type === "unique", primary: index.type === "id",
    };
  }
  return result;
}

// Prisma's DMMF leaves out `Unsupported("…")` fields (such as a tsvector), so
// they are read from the schema text itself.
function unsupportedColumns(schemaText: string, model: string): Record<string, ColumnDescription> {
  const block = new RegExp(`model\\s+${model}\\s*\\{([^}]*)\\}`).exec(schemaText)?.[1] ?? "";
  const columns: Record<string, ColumnDescription> = {};
  for (const match of block.matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?/gm)) {
    columns[match[1]!] = { type: match[2]!, nullable: match[3] === "?", default: null };
  }
  return columns;
}

// ---- the database --------------------------------------------------------

const PG_ACTIONS: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

function databaseDefault(expression: string | null): string | null {
  if (expression === null) return null;
  if (/^CURRENT_TIMESTAMP$|^now\(\)$/i.test(expression)) return "now()";
  if (/^nextval\(/.test(expression)) return "autoincrement()";
  const literal = /^'((?:[^']|'')*)'::[^']+$/.exec(expression);
  return literal?.[1] !== undefined ? literal[1].replace(/''/g, "'") : expression;
}

const unquote = (identifier: string) => identifier.replace(/^"(.*)"$/, "$1").replace(/""/g, '"');

export async function describeSchemaFromDatabase(connectionString: string): Promise<SchemaDescription> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const result: SchemaDescription = { tables: {}, enums: {}, indexes: {}, foreignKeys: {} };
    const tableFilter = `n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`;

    const tables = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${tableFilter}`,
    );
    for (const t of tables.rows) result.tables[t.name] = {};

    const columns = await client.query<{ table: string; name: string; type: string; notnull: boolean; def: string | null }>(`
      SELECT c.relname AS table, a.attname AS name, a.attnotnull AS notnull,
             CASE WHEN t.typtype = 'e' THEN t.typname ELSE format_type(a.atttypid, a.atttypmod) END AS type,
             pg_get_expr(d.adbin, d.adrelid) AS def
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE ${tableFilter} AND a.attnum > 0 AND NOT a.attisdropped`);
    for (const col of columns.rows) {
      (result.tables[col.table] ??= {})[col.name] = { type: col.type, nullable: !col.notnull, default: databaseDefault(col.def) };
    }

    const enums = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`);
    for (const e of enums.rows) result.enums[e.name] = e.values;

    const indexes = await client.query<{ name: string; table: string; unique: boolean; primary: boolean; columns: string[]; descending: boolean[] }>(`
      SELECT i.relname AS name, c.relname AS table, x.indisunique AS unique, x.indisprimary AS primary,
             array(SELECT pg_get_indexdef(x.indexrelid, k, false) FROM generate_series(1, x.indnkeyatts) k ORDER BY k)::text[] AS columns,
             array(SELECT pg_index_column_has_property(x.indexrelid, k, 'desc') FROM generate_series(1, x.indnkeyatts) k ORDER BY k) AS descending
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_class c ON c.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${tableFilter}`);
    for (const ix of indexes.rows) {
      const columns = ix.columns.map((col, k) => unquote(col) + (ix.descending[k] ? " DESC" : ""));
      result.indexes[ix.name] = { table: ix.table, columns, unique: ix.unique, primary: ix.primary };
    }

    const keys = await client.query<{ name: string; table: string; columns: string[]; ref: string; refColumns: string[]; del: string; upd: string }>(`
      SELECT k.conname AS name, c.relname AS table, r.relname AS ref, k.confdeltype AS del, k.confupdtype AS upd,
             array(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(n, o)
                   JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.o)::text[] AS columns,
             array(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(n, o)
                   JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.o)::text[] AS "refColumns"
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_class r ON r.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND ${tableFilter}`);
    for (const fk of keys.rows) {
      result.foreignKeys[fk.name] = {
        table: fk.table, columns: fk.columns, referencedTable: fk.ref, referencedColumns: fk.refColumns,
        onDelete: action(PG_ACTIONS, fk.del), onUpdate: action(PG_ACTIONS, fk.upd),
      };
    }
    return result;
  } finally {
    await client.end();
  }
}

/** Readable differences, one line per path: `tables.Article.extra: only in the database`. */
export function diffSchemas(expected: unknown, actual: unknown, path = ""): string[] {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return [];
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isRecord(expected) || !isRecord(actual)) {
    return [`${path}: ${JSON.stringify(expected)} in schema.prisma, ${JSON.stringify(actual)} in the database`];
  }
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return keys.flatMap((key) => {
    const at = path ? `${path}.${key}` : key;
    if (!(key in actual)) return [`${at}: missing from the database`];
    if (!(key in expected)) return [`${at}: only in the database`];
    return diffSchemas(expected[key], actual[key], at);
  });
}

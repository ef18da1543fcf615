// The word list as a CSV file: columns term, category, replacement, note
// (or their Chinese names), categories by name in either language. Reading
// checks every row before anything is written, and reports every problem
// with its row, so a bad file changes nothing and says what to mend.
import { AppError } from "@/lib/errors";
import { PROOF_WORD_LIMITS, proofWordSchema, type ProofWordFields } from "@/lib/validation/proof-words";
import type { WordCategory } from "../types";
import { CsvSyntaxError, parseCsv, toCsv, unguardCell } from "./csv";
import { WORD_CATEGORIES } from "./matcher";

export const CSV_COLUMNS = ["term", "category", "replacement", "note"] as const;
type Column = (typeof CSV_COLUMNS)[number];

const COLUMN_NAMES: Record<string, Column> = {
  term: "term", 词语: "term", 词条: "term",
  category: "category", 类别: "category",
  replacement: "replacement", 建议改为: "replacement", 替换: "replacement",
  note: "note", 说明: "note", 备注: "note",
};

const CATEGORY_NAMES: Record<string, WordCategory> = {
  禁用词: "BANNED", 慎用词: "CAUTION", 规范表述: "STANDARD", 错别字: "WRONG_FORM", 异形词: "VARIANT",
  ...Object.fromEntries(WORD_CATEGORIES.map((c) => [c.toLowerCase(), c])),
  "wrong form": "WRONG_FORM",
};

export type CsvProblem =
  | "header" | "empty" | "unterminated_quote" | "term_required" | "term_too_long" | "term_multiline"
  | "category_unknown" | "replacement_too_long" | "note_too_long" | "duplicate" | "too_many_rows";

export interface CsvRowError {
  /** The spreadsheet row (1 is the header); 0 for the file as a whole. */
  row: number;
  problem: CsvProblem;
  value?: string;
  otherRow?: number;
  max?: number;
}

/** A file that cannot be imported; nothing was changed. */
export class WordCsvRefused extends AppError {
  constructor(readonly errors: CsvRowError[]) {
    super("invalid_input", "word_csv_refused");
  }
}

export function readWordsCsv(csv: string): ProofWordFields[] {
  let records;
  try {
    records = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new WordCsvRefused([{ row: error.row, problem: "unterminated_quote" }]);
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw new WordCsvRefused([{ row: 0, problem: "empty" }]);
  const columns = header.fields.map((name) => COLUMN_NAMES[name.trim().toLowerCase()]);
  const missing = (["term", "category"] as const).filter((c) => !columns.includes(c));
  if (missing.length) throw new WordCsvRefused(missing.map((value) => ({ row: header.row, problem: "header", value })));
  if (rows.length === 0) throw new WordCsvRefused([{ row: 0, problem: "empty" }]);
  if (rows.length > PROOF_WORD_LIMITS.rows) throw new WordCsvRefused([{ row: 0, problem: "too_many_rows", max: PROOF_WORD_LIMITS.rows }]);

  const errors: CsvRowError[] = [];
  const entries: ProofWordFields[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, fields } of rows) {
    const cell = (column: Column) => unguardCell(fields[columns.indexOf(column)] ?? "");
    const category = CATEGORY_NAMES[cell("category").trim().toLowerCase()];
    if (!category) errors.push({ row, problem: "category_unknown", value: cell("category") });
    const parsed = proofWordSchema.safeParse({ term: cell("term"), category: category ?? "BANNED", replacement: cell("replacement"), note: cell("note") });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(problemOf(row, String(issue.path[0]), issue.message));
      continue;
    }
    const seen = firstRow.get(parsed.data.term);
    if (seen !== undefined) errors.push({ row, problem: "duplicate", value: parsed.data.term, otherRow: seen });
    else firstRow.set(parsed.data.term, row);
    if (category) entries.push(parsed.data);
  }
  if (errors.length) throw new WordCsvRefused(errors);
  return entries;
}

function problemOf(row: number, field: string, message: string): CsvRowError {
  if (field === "term" && message === "term_required") return { row, problem: "term_required" };
  if (field === "term" && message === "term_multiline") return { row, problem: "term_multiline" };
  if (field === "term") return { row, problem: "term_too_long", max: PROOF_WORD_LIMITS.term };
  if (field === "replacement") return { row, problem: "replacement_too_long", max: PROOF_WORD_LIMITS.replacement };
  return { row, problem: "note_too_long", max: PROOF_WORD_LIMITS.note };
}

export function writeWordsCsv(entries: readonly { term: string; category: WordCategory; replacement: string | null; note: string | null }[]): string {
  return toCsv([[...CSV_COLUMNS], ...entries.map((e) => [e.term, e.category, e.replacement ?? "", e.note ?? ""])]);
}

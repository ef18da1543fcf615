// Importing and exporting the word lists as CSV. An import is all or
// nothing: every row is checked first (csv-rows.ts), then one transaction
// adds the new terms and updates the changed ones; "replace" also deletes
// the terms the file no longer has. Exporting and importing the same file
// changes nothing.
import type { Db, Tx } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { isUniqueViolation } from "@/lib/admin/refusal";
import { AppError } from "@/lib/errors";
import type { ProofWordFields } from "@/lib/validation/proof-words";
import { readWordsCsv, writeWordsCsv } from "./csv-rows";

export interface WordImportResult {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

const BATCH = 1_000;

export async function importWordsCsv(db: Db, actor: Actor | null, csv: string, mode: "merge" | "replace" = "merge"): Promise<WordImportResult> {
  authorize(actor, "proofread:words");
  const rows = readWordsCsv(csv);
  return db
    .$transaction((tx) => write(tx, actor.id, rows, mode), { timeout: 60_000 })
    .catch((error) => Promise.reject(isUniqueViolation(error) ? new AppError("conflict", "word list changed during the import") : error));
}

async function write(tx: Tx, actorId: string, rows: ProofWordFields[], mode: "merge" | "replace"): Promise<WordImportResult> {
  const existing = new Map((await tx.proofWord.findMany({ select: { term: true, category: true, replacement: true, note: true } })).map((e) => [e.term, e]));
  const added = rows.filter((r) => !existing.has(r.term));
  const changed = rows.filter((r) => {
    const e = existing.get(r.term);
    return e && (e.category !== r.category || e.replacement !== r.replacement || e.note !== r.note);
  });
  for (let i = 0; i < added.length; i += BATCH) {
    await tx.proofWord.createMany({ data: added.slice(i, i + BATCH).map((r) => ({ ...r, createdById: actorId })) });
  }
  if (changed.length) {
    await tx.$executeRaw`
      UPDATE "ProofWord" AS w
         SET category = v.category::"ProofWordCategory", replacement = v.replacement, note = v.note, "updatedAt" = now()
        FROM json_to_recordset(${JSON.stringify(changed)}::json) AS v(term text, category text, replacement text, note text)
       WHERE w.term = v.term`;
  }
  let removed = 0;
  if (mode === "replace") {
    removed = await tx.$executeRaw`
      DELETE FROM "ProofWord" WHERE term NOT IN (SELECT json_array_elements_text(${JSON.stringify(rows.map((r) => r.term))}::json))`;
  }
  return { added: added.length, updated: changed.length, unchanged: rows.length - added.length - changed.length, removed };
}

export async function exportWordsCsv(db: Db, actor: Actor | null): Promise<string> {
  authorize(actor, "proofread:words");
  const entries = await db.proofWord.findMany({
    select: { term: true, category: true, replacement: true, note: true },
    orderBy: [{ category: "asc" }, { term: "asc" }],
  });
  return writeWordsCsv(entries);
}

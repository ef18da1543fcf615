// Fixes in the article editor (Tiptap/ProseMirror), applied as one
// transaction that replaces exactly each finding's characters, so Fix and
// "Fix all of this kind" change nothing else — the same text lib/proofread's
// fixAll makes of the plain body (editor.test.ts). The underlines are
// marks.ts, which the editor loads up front; this waits for the checker.
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { docRange, plainBodyOf, type PlainBody } from "@/lib/rich-text/positions";
import { checkText, type CheckOptions } from "./check";
import { bulkFixable, chooseFixes, FIX_ROUNDS } from "./fix";
import type { Finding } from "./types";

/**
 * Replaces each chosen finding's characters with its fix, in one
 * transaction; overlapping fixes wait for the next check, as in
 * applyFixes. Offsets are the plain body's (`body`, made from this state).
 * Returns how many were applied.
 */
export function applyBodyFixes(tr: Transaction, body: PlainBody, findings: readonly Finding[]): number {
  const chosen = chooseFixes(findings);
  let applied = 0;
  // From the end, so the positions of the ones before stay where they were.
  for (let i = chosen.length - 1; i >= 0; i--) {
    const f = chosen[i]!;
    const range = docRange(body, f.start, f.end);
    if (!range) continue;
    replaceText(tr, range.from, range.to, f.fix!);
    applied++;
  }
  return applied;
}

/**
 * Deleting first joins the paragraphs a span crosses (a broken paragraph's
 * fix); the text then goes in with the marks of the text it replaced.
 */
function replaceText(tr: Transaction, from: number, to: number, text: string) {
  const marks = tr.doc.resolve(from).marksAcross(tr.doc.resolve(to)) ?? tr.doc.resolve(from).marks();
  tr.delete(from, to);
  if (text) tr.insert(from, tr.doc.type.schema.text(text, marks));
}

/**
 * "Fix all of this kind" on the body: checks the plain body, applies every
 * fix `select` keeps that may be applied in bulk, and checks again, for at
 * most FIX_ROUNDS rounds — fixAll's steps, on the document.
 */
export function fixAllInBody(state: EditorState, options: CheckOptions & { select?: (f: Finding, text: string) => boolean }): { tr: Transaction; changed: number } {
  const tr = state.tr;
  let changed = 0;
  for (let round = 0; round < FIX_ROUNDS; round++) {
    const body = plainBodyOf(tr.doc);
    const fixable = checkText(body.text, { ...options, field: "body" }).filter((f) => bulkFixable(f) && (options.select?.(f, body.text) ?? true));
    if (fixable.length === 0) break;
    changed += applyBodyFixes(tr, body, fixable);
  }
  return { tr, changed };
}

// What the proofreading panel does with the checker, in one module the
// panel loads after the editor is up (the checker and OpenCC's tables are
// about 32 KB gzip): check the article as it stands in the form and the
// editor, fix a finding or every finding of a kind, compile the word lists.
import type { Editor } from "@tiptap/core";
import { applyFix } from "@/lib/proofread/fix";
import { fixAll } from "@/lib/proofread/fix";
import { checkArticle, type ArticleCheck, type ArticleFinding, type FieldIgnore, type ProofField } from "@/lib/proofread/article/check";
import { applyBodyFixes, fixAllInBody } from "@/lib/proofread/editor";
import { isIgnored } from "@/lib/proofread/ignore";
import type { RuleId } from "@/lib/proofread/rules";
import type { WordEntry } from "@/lib/proofread/types";
import { compileWords, type WordMatcher } from "@/lib/proofread/words/matcher";
import { figureCaptionsOf, plainBodyOf, type PlainBody } from "@/lib/rich-text/positions";

export { bulkFixable } from "@/lib/proofread/fix";
export { describeFinding, ruleName } from "@/lib/proofread/describe";
export { ignoreFor } from "@/lib/proofread/ignore";
export { RULE_IDS, RULES } from "@/lib/proofread/rules";

export type LineField = "kicker" | "headline" | "subheadline";
export const LINE_FIELDS: LineField[] = ["kicker", "headline", "subheadline"];

/** The form's side of the article: its lines, read and written. */
export interface Lines {
  get: (field: LineField) => string;
  set: (field: LineField, value: string) => void;
}

export interface Snapshot {
  check: ArticleCheck;
  body: PlainBody;
  /** How many captions are the body's figures (the rest are photo slots, changed in the Photos panel). */
  figures: number;
  /** The text each finding was found in, by field and index, for ignoring it by its surroundings. */
  textOf: (field: ProofField, index: number) => string;
}

export function compileEntries(entries: [string, WordEntry["category"], string, string][]): WordMatcher {
  return compileWords(entries.map(([term, category, replacement, note]) => ({ term, category, replacement: replacement || null, note: note || null })));
}

export function check(editor: Editor, lines: Lines, photoCaptions: string[], words: WordMatcher | undefined, ignores: FieldIgnore[]): Snapshot {
  const body = plainBodyOf(editor.state.doc);
  const figures = figureCaptionsOf(editor.state.doc).map((f) => f.caption);
  const captions = [...figures, ...photoCaptions];
  const texts = { kicker: lines.get("kicker"), headline: lines.get("headline"), subheadline: lines.get("subheadline"), body: body.text, captions };
  const textOf = (field: ProofField, index: number) => (field === "body" ? body.text : field === "caption" ? (captions[index] ?? "") : texts[field]);
  return { check: checkArticle(texts, { words, ignores }), body, figures: figures.length, textOf };
}

/** Whether this finding can be fixed from the panel (photo slots' captions are changed under Photos). */
export const fixableHere = (snapshot: Snapshot, f: ArticleFinding) => f.fix !== undefined && !(f.field === "caption" && f.index >= snapshot.figures);

/**
 * Applies one finding's fix, if the text still holds what it was found in
 * (the reporter may have typed since the check). Returns whether it did.
 */
export function fixOne(editor: Editor, lines: Lines, f: ArticleFinding): boolean {
  if (f.fix === undefined) return false;
  if (f.field === "body") {
    const body = plainBodyOf(editor.state.doc);
    if (body.text.slice(f.start, f.end) !== f.match) return false;
    const tr = editor.state.tr;
    if (!applyBodyFixes(tr, body, [f])) return false;
    editor.view.dispatch(tr);
    return true;
  }
  if (f.field === "caption") return setCaptions(editor, (caption, i) => (i === f.index && caption.slice(f.start, f.end) === f.match ? applyFix(caption, f) : caption)) > 0;
  const value = lines.get(f.field);
  if (value.slice(f.start, f.end) !== f.match) return false;
  lines.set(f.field, applyFix(value, f));
  return true;
}

/** "Fix all of this kind": every field, leaving what the article keeps. Returns how many were fixed. */
export function fixKind(editor: Editor, lines: Lines, rule: RuleId, words: WordMatcher | undefined, ignores: FieldIgnore[]): number {
  const keep = (field: ProofField) => {
    const own = ignores.filter((i) => i.field === field);
    return (f: Parameters<typeof isIgnored>[1], text: string) => !isIgnored(text, f, own);
  };
  const body = fixAllInBody(editor.state, { rules: [rule], words, select: keep("body") });
  if (body.changed) editor.view.dispatch(body.tr);
  let changed = body.changed;
  for (const field of LINE_FIELDS) {
    const fixed = fixAll(lines.get(field), { field: "line", rules: [rule], words, select: keep(field) });
    if (fixed.changed) lines.set(field, fixed.text);
    changed += fixed.changed;
  }
  let captions = 0;
  setCaptions(editor, (caption) => {
    const fixed = fixAll(caption, { field: "line", rules: [rule], words, select: keep("caption") });
    captions += fixed.changed;
    return fixed.text;
  });
  return changed + captions;
}

/** Rewrites the figures' captions in one transaction; returns how many changed. */
function setCaptions(editor: Editor, change: (caption: string, index: number) => string): number {
  const tr = editor.state.tr;
  let changed = 0;
  figureCaptionsOf(editor.state.doc).forEach(({ pos, caption }, i) => {
    const next = change(caption, i);
    if (next === caption) return;
    tr.setNodeMarkup(pos, undefined, { ...editor.state.doc.nodeAt(pos)!.attrs, caption: next });
    changed++;
  });
  if (changed) editor.view.dispatch(tr);
  return changed;
}

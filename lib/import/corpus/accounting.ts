// The importer's invariant, checked: every character of a page comes out
// exactly once — in an article field, a fragment, the page's furniture or
// the markup list — and the markup list holds nothing but typesetting.
// Used by the invariant test and the corpus score.

import type { ImportResult } from "../types";

/** The characters that count: no whitespace, no OCR markdown (`#`, `**`), one form per character. */
function countable(text: string): string {
  return text
    .replace(/\*\*/g, "")
    .replace(/^[ \t]*#+/gm, "")
    .normalize("NFKC")
    .replace(/[\s\u200b-\u200d\u2060\ufeff]/gu, "");
}

function counts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of countable(text)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Everything the importer produced, each field and fragment once. */
export function outputText(result: ImportResult): string {
  const parts: string[] = [];
  for (const a of result.articles) {
    parts.push(a.kicker ?? "", a.headline, a.subheadline ?? "", a.dateline, a.column ?? "", a.author ?? "");
    parts.push(...a.contributors.map((c) => c.name), ...a.paragraphs, ...a.captions);
  }
  parts.push(...result.fragments.map((f) => f.text), ...result.furniture.map((f) => f.text), ...result.markup);
  return parts.join("\n");
}

/** Characters whose counts differ, as "字: in→out"; empty when every character is accounted for. */
export function unaccounted(input: string, results: ImportResult[]): string[] {
  const a = counts(input);
  const b = counts(results.map(outputText).join("\n"));
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).map((k) => `${k}: ${a.get(k) ?? 0}→${b.get(k) ?? 0}`);
}

// What may be dropped as typesetting: punctuation and symbols (brackets,
// slashes, colons, □ ■), the □ that OCR reads as 口, role phrases
// (本报记者, 湖北日报全媒记者), credits, and 报道 after a byline.
const ROLE = /^\p{Script=Han}{0,12}(?:记者|記者|通讯员|通訊員|评论员|評論員|实习生|實習生|摄影|攝影)$/u;
const CREDIT = /^(?:文|图|圖|摄|攝|文\/图|图\/文|文\/圖|圖\/文|文图|文圖|图文|圖文|报道|報道|報導|口)$/u;

/** Markup tokens that are not typesetting: text the importer would have lost. */
export function suspiciousMarkup(results: ImportResult[]): string[] {
  return results.flatMap((r) => r.markup).filter((t) => !/^[\p{P}\p{S}]+$/u.test(t) && !ROLE.test(t) && !CREDIT.test(t));
}

// Paired marks (“” ‘’ （） 《》 【】 〔〕 「」 『』 〈〉) must close in the paragraph
// that opens them. Two exceptions: a column jump does not end a paragraph,
// and a quotation running over several paragraphs opens each with “ and
// closes only at its end (GB/T 15834-2011 4.1.3.4). A list number such as
// `1）` at a paragraph's start has no opening bracket by design.
import { after, isLatinLetter } from "../chars";
import type { Context } from "../context";
import { finding } from "../finding";
import type { Finding } from "../types";

const PAIRS = ["“”", "‘’", "（）", "()", "《》", "【】", "〔〕", "「」", "『』", "〈〉"];
// The half-width brackets pair with the full-width ones: `（…)` is one pair.
const FAMILY = new Map<number, { family: number; opens: boolean }>();
for (const [index, pair] of PAIRS.entries()) {
  const family = pair === "()" ? PAIRS.indexOf("（）") : index;
  FAMILY.set(pair.charCodeAt(0), { family, opens: true });
  FAMILY.set(pair.charCodeAt(1), { family, opens: false });
}
const QUOTES = new Set([0, 1]);
const LIST_NUMBER = /^\s*[0-9A-Za-z一二三四五六七八九十]{1,3}$/;

export function unmatchedPair({ text, protectedUnits, logical }: Context): Finding[] {
  const findings: Finding[] = [];
  for (const [k, { start, end }] of logical.entries()) {
    const open: number[][] = PAIRS.map(() => []);
    for (let i = start; i < end; i++) {
      const kind = FAMILY.get(text.charCodeAt(i));
      if (!kind || protectedUnits[i]) continue;
      if (kind.opens) open[kind.family]!.push(i);
      else if (open[kind.family]!.length) open[kind.family]!.pop();
      else if (!isApostrophe(text, i) && !LIST_NUMBER.test(text.slice(start, i))) {
        findings.push(finding("unmatchedPair", i, i + 1, "unmatchedClose", { mark: text.charAt(i) }));
      }
    }
    const next = logical[k + 1];
    const nextOpens = next ? after(text, next.start) : -1;
    for (const [family, offsets] of open.entries()) {
      const carriedOn = QUOTES.has(family) && nextOpens === PAIRS[family]!.charCodeAt(0);
      if (carriedOn) continue;
      for (const i of offsets) findings.push(finding("unmatchedPair", i, i + 1, "unmatchedOpen", { mark: text.charAt(i) }));
    }
  }
  return findings;
}

/** China’s: a curly apostrophe between letters is not a closing quote. */
const isApostrophe = (text: string, i: number) =>
  text.charAt(i) === "’" && isLatinLetter(text.codePointAt(i - 1) ?? -1) && isLatinLetter(text.codePointAt(i + 1) ?? -1);

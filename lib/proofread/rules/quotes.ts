// GB/T 15834-2011 4.1: Chinese quotes are “…” and, inside them, ‘…’.
// Straight quotes are paired in order within a paragraph (a column jump
// does not end it); a pair around Chinese text, or with Chinese outside it,
// becomes “” or ‘’. An apostrophe (don't, China's) is not a quote. A quote
// left over has no partner to tell which way it faces: it is reported
// without a fix.
import { after, ASCII_MARKS, before, isChinese, isDigit, isLatinLetter } from "../chars";
import type { Context } from "../context";
import { finding } from "../finding";
import type { Finding } from "../types";

const HAN = /\p{Script=Han}/u;
const KINDS = [
  { marks: new Set([0x22, 0xff02]), open: "“", close: "”" },
  { marks: new Set([0x27, 0xff07]), open: "‘", close: "’" },
];

export function straightQuotes({ text, protectedUnits, logical }: Context): Finding[] {
  const findings: Finding[] = [];
  for (const { start, end } of logical) {
    for (const kind of KINDS) {
      const at: number[] = [];
      for (let i = start; i < end; i++) {
        if (!kind.marks.has(text.charCodeAt(i)) || protectedUnits[i] || isApostrophe(text, i)) continue;
        at.push(i);
      }
      for (let k = 0; k + 1 < at.length; k += 2) {
        const [o, c] = [at[k]!, at[k + 1]!];
        const chinese = HAN.test(text.slice(o + 1, c)) || isChinese(before(text, o, ASCII_MARKS)) || isChinese(after(text, c + 1, ASCII_MARKS));
        if (!chinese) continue;
        findings.push(finding("straightQuotes", o, o + 1, "straightQuote", { mark: text.charAt(o), fix: kind.open }, kind.open));
        findings.push(finding("straightQuotes", c, c + 1, "straightQuote", { mark: text.charAt(c), fix: kind.close }, kind.close));
      }
      const left = at.length % 2 ? at[at.length - 1] : undefined;
      if (left !== undefined && (isChinese(before(text, left, ASCII_MARKS)) || isChinese(after(text, left + 1, ASCII_MARKS)))) {
        findings.push(finding("straightQuotes", left, left + 1, "unpairedQuote", { mark: text.charAt(left) }));
      }
    }
  }
  return findings;
}

function isApostrophe(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x27 && text.charCodeAt(i) !== 0xff07) return false;
  const b = text.codePointAt(i - 1) ?? -1;
  const a = text.codePointAt(i + 1) ?? -1;
  // don't, China's, the '90s, 5'
  return (isLatinLetter(b) && isLatinLetter(a)) || (isLatinLetter(b) && a === 0x73) || isDigit(b) || (a >= 0 && isDigit(a) && !isChinese(b));
}

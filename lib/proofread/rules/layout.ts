// What a column jump or OCR leaves in body text. Headlines, kickers and
// captions are lines, not paragraphs, and may space their parts: these
// rules check bodies only. Spaces between Chinese and Latin text or digits
// are the typesetter's business and never reported or added.
import { codePointBefore, isChinese, isLatinOrDigit } from "../chars";
import type { Context } from "../context";
import { finding } from "../finding";
import type { Finding } from "../types";

/**
 * A paragraph stopping mid-sentence with the next one carrying on
 * (paragraphs.ts decides). The finding covers the last character before
 * the break and the first after it, so the join changes nothing else.
 */
export function brokenParagraph({ text, field, paragraphs, broken }: Context): Finding[] {
  if (field !== "body") return [];
  const findings: Finding[] = [];
  for (const [i, p] of paragraphs.entries()) {
    if (!broken[i]) continue;
    const next = paragraphs[i + 1]!;
    const own = text.slice(p.start, p.end).trimEnd();
    const last = Array.from(own.slice(-2)).pop()!;
    const lastStart = p.start + own.length - last.length;
    const lead = text.slice(next.start, next.end);
    const firstStart = next.start + lead.length - lead.trimStart().length;
    const first = String.fromCodePoint(text.codePointAt(firstStart)!);
    const firstEnd = firstStart + first.length;
    const glue = isLatinOrDigit(last.codePointAt(0)!) && isLatinOrDigit(first.codePointAt(0)!) ? " " : "";
    const fix = last + glue + first;
    const params = { before: text.slice(Math.max(p.start, lastStart - 5), lastStart + last.length), after: text.slice(firstStart, Math.min(next.end, firstStart + 6)) };
    findings.push(finding("brokenParagraph", lastStart, firstEnd, "brokenParagraph", params, fix));
  }
  return findings;
}

const SPACES = /[ \t\u00a0\u2000-\u200a\u202f\u3000]+/g;

/** Chinese print never spaces two Chinese characters (or a character and its punctuation). */
export function spaceBetweenChinese({ text, field }: Context): Finding[] {
  if (field !== "body") return [];
  const findings: Finding[] = [];
  for (const m of text.matchAll(SPACES)) {
    const end = m.index + m[0].length;
    if (!isChinese(codePointBefore(text, m.index)) || !isChinese(text.codePointAt(end) ?? -1)) continue;
    const context = text.slice(Math.max(0, m.index - 2), Math.min(text.length, end + 2));
    findings.push(finding("spaceBetweenChinese", m.index, end, "spaceBetweenChinese", { context }, ""));
  }
  return findings;
}

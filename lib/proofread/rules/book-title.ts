// GB/T 15834-2011 4.15: titles take 《》. `<<人民日报>>` and `«…»` around
// Chinese become 《人民日报》; each mark is its own finding so the title's
// text is never part of a fix.
import { after, before, isChinese } from "../chars";
import type { Context } from "../context";
import { finding } from "../finding";
import type { Finding } from "../types";

const TITLE = /<<([^<>\n]*?)>>|«([^«»\n]*?)»/g;
const HAN = /\p{Script=Han}/u;

export function bookTitleMarks({ text, protectedUnits }: Context): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(TITLE)) {
    const start = m.index;
    const end = start + m[0].length;
    const mark = m[0].startsWith("<<") ? 2 : 1;
    if (protectedUnits[start]) continue;
    if (!HAN.test(m[1] ?? m[2] ?? "") && !isChinese(before(text, start)) && !isChinese(after(text, end))) continue;
    findings.push(finding("bookTitleMarks", start, start + mark, "bookTitle", { mark: m[0].slice(0, mark), fix: "《" }, "《"));
    findings.push(finding("bookTitleMarks", end - mark, end, "bookTitle", { mark: m[0].slice(-mark), fix: "》" }, "》"));
  }
  return findings;
}

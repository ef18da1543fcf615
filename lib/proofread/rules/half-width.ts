// GB/T 15834-2011: Chinese text takes full-width ，；：？！（）. A half-width
// mark is Chinese when the nearest word on either side is (looking past
// spaces and other half-width marks), so `日,` `OK,我们` `精神(如图)` all are,
// while `Hello, world`, `world! 这句话`, `25,840` and `11:30` are not; nothing inside a web or
// e-mail address is touched. A bracket pair is decided whole.
import { after, ASCII_MARKS, before, codePointBefore, isChinese, isDigit, isLatinOrDigit, isSpace } from "../chars";
import type { Context } from "../context";
import { finding } from "../finding";
import type { Finding } from "../types";

const FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）" };
const MARK = /[,;:?!()]/g;
const HAN = /\p{Script=Han}/u;

export function halfWidthPunctuation({ text, protectedUnits, logical }: Context): Finding[] {
  const chinese = new Map<number, boolean>();
  for (const m of text.matchAll(MARK)) {
    const i = m.index;
    if (protectedUnits[i]) continue;
    // Thousands separators and times: 25,840 · 11:30.
    if ((m[0] === "," || m[0] === ":") && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    chinese.set(i, isChineseMark(text, i));
  }
  pairBrackets(text, logical, chinese);

  const findings: Finding[] = [];
  for (const [i, isIt] of chinese) {
    const mark = text.charAt(i);
    if (isIt) findings.push(finding("halfWidthPunctuation", i, i + 1, "halfWidth", { mark, fix: FULL[mark]! }, FULL[mark]));
  }
  return findings;
}

function isChineseMark(text: string, i: number): boolean {
  if (isChinese(before(text, i, ASCII_MARKS))) return true;
  if (!isChinese(after(text, i + 1, ASCII_MARKS))) return false;
  // `world! 这句话`: glued to a Latin word and spaced off the Chinese, the English way.
  return !(isLatinOrDigit(codePointBefore(text, i)) && isSpace(text.codePointAt(i + 1) ?? -1));
}

/**
 * A bracket pair is decided whole, by what it is part of: Chinese when it
 * holds Chinese, or when the text before it is Chinese (新冠肺炎(COVID-19)
 * 疫情), or, at a line's start, the text after it ((1)加强). `Windows(R) 系统`
 * stays. A pair with one full-width bracket is Chinese already.
 */
function pairBrackets(text: string, paragraphs: Context["logical"], chinese: Map<number, boolean>) {
  for (const { start, end } of paragraphs) {
    const open: number[] = [];
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x28 || c === 0xff08) open.push(i);
      else if ((c === 0x29 || c === 0xff09) && open.length) {
        const o = open.pop()!;
        const outside = before(text, o, ASCII_MARKS);
        const isIt =
          text.charCodeAt(o) === 0xff08 || c === 0xff09 || HAN.test(text.slice(o + 1, i)) ||
          (outside >= 0 ? isChinese(outside) : isChinese(after(text, i + 1, ASCII_MARKS)));
        if (chinese.has(o)) chinese.set(o, isIt);
        if (chinese.has(i)) chinese.set(i, isIt);
      }
    }
  }
}

// Character classes the rules share, on code points. Chinese context is
// decided by the nearest non-space neighbour on the same line.

export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x323af) ||
    cp === 0x3007 // 〇
  );
}

/** Full-width punctuation and the marks Chinese text borrows: “”‘’…—·. */
export function isCjkPunct(cp: number): boolean {
  return (
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0xff01 && cp <= 0xff0f) ||
    (cp >= 0xff1a && cp <= 0xff20) ||
    (cp >= 0xff3b && cp <= 0xff40) ||
    (cp >= 0xff5b && cp <= 0xff65) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019 ||
    cp === 0x2026 || cp === 0x2014 || cp === 0x00b7
  );
}

/** Han, Chinese punctuation or full-width forms: what makes a mark next to it Chinese. */
export const isChinese = (cp: number) => isHan(cp) || isCjkPunct(cp) || (cp >= 0xff01 && cp <= 0xff65);

export const isDigit = (cp: number) => cp >= 0x30 && cp <= 0x39;

export const isLatinLetter = (cp: number) => (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7);

export const isLatinOrDigit = (cp: number) => isDigit(cp) || isLatinLetter(cp);

/** Spaces a line may carry: ASCII, no-break, ideographic and the typographic ones. */
export const isSpace = (cp: number) => cp === 0x20 || cp === 0x09 || cp === 0x3000 || cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f;

const isLineEnd = (unit: number) => unit === 0x0a || unit === 0x0d;

/** The code point that ends just before UTF-16 offset `i` (-1 at the start). */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * The nearest code point before offset `i` on the same line that is neither
 * a space nor one of `skip`; -1 when the line starts first.
 */
export function before(text: string, i: number, skip = ""): number {
  let j = i;
  while (j > 0) {
    const cp = codePointBefore(text, j);
    if (isLineEnd(cp)) return -1;
    if (!isSpace(cp) && !skip.includes(String.fromCodePoint(cp))) return cp;
    j -= width(cp);
  }
  return -1;
}

/** The same, looking forward from offset `i`. */
export function after(text: string, i: number, skip = ""): number {
  let j = i;
  while (j < text.length) {
    const cp = text.codePointAt(j)!;
    if (isLineEnd(cp)) return -1;
    if (!isSpace(cp) && !skip.includes(String.fromCodePoint(cp))) return cp;
    j += width(cp);
  }
  return -1;
}

/** Half-width marks the rules convert: looking past them finds the words a mark belongs with. */
export const ASCII_MARKS = ",;:?!()\"'";

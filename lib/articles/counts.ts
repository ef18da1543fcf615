// 字数 the way a Chinese newsroom counts it: every CJK character is one, a
// Latin word (a run of letters or digits) is one, punctuation and spaces are
// nothing. Pure, so the article form can count live in the browser.

const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}";
// Either one CJK character, or a run of letters/digits that are not CJK.
const TOKEN = new RegExp(`([${CJK}])|((?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+)`, "gu");

// Reading speeds: about 400 Chinese characters or 200 English words a minute.
const CJK_PER_MINUTE = 400;
const WORDS_PER_MINUTE = 200;

export interface TextCounts {
  /** CJK characters. */
  cjk: number;
  /** Latin words (runs of letters or digits). */
  words: number;
  /** 字数: CJK characters plus Latin words. */
  total: number;
  /** Reading time, whole minutes: at least 1 for any text, 0 when there is nothing to read. */
  minutes: number;
}

export function countText(text: string): TextCounts {
  let cjk = 0;
  let words = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match[1]) cjk += 1;
    else words += 1;
  }
  const minutes = cjk + words === 0 ? 0 : Math.max(1, Math.ceil(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
  return { cjk, words, total: cjk + words, minutes };
}

/** The counts line's words: 字数 and reading time, or only 字数 0 when there is nothing to read yet. */
export const countsLine = (m: { counts: string; countsEmpty: string }, counts: { total: number; minutes: number }) =>
  counts.total === 0 ? m.countsEmpty : m.counts.replace("{count}", String(counts.total)).replace("{minutes}", String(counts.minutes));

// Character classes shared by the importer. Newspaper OCR mixes full-width
// and half-width punctuation freely, so every rule here accepts both.

const HAN = /\p{Script=Han}/u;

/** Han ideograph (simplified or traditional). */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/**
 * CJK punctuation: the CJK symbols block, full-width forms, and the curly
 * quotes / ellipsis / dash that Chinese text borrows from General Punctuation.
 */
export function isCjkPunct(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x3000 && code <= 0x303f) return true;
  if (code >= 0xff00 && code <= 0xffef) return true;
  return "“”‘’…—·".includes(ch);
}

/** Anything that is typeset without spaces in Chinese text. */
export function isCjk(ch: string): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

/** Latin letters and digits: text whose word spacing must be kept. */
export function isLatinOrDigit(ch: string): boolean {
  return /[A-Za-z0-9]/.test(ch);
}

/**
 * Punctuation that closes a paragraph when it is the last character of a line.
 * Decision: 。！？!?. end a sentence; ；; end one list item (the 创文 story sets
 * each item on its own line); ：: is followed by a list more often than by a
 * column jump; … and …… end a trailing-off paragraph. Commas, 、 and dashes never
 * do, so a line ending in them is always continued.
 */
const TERMINAL = new Set(["。", "！", "？", "!", "?", ".", "；", ";", "：", ":", "…"]);

/**
 * Closing quotes and brackets close a paragraph only when the character before
 * them does: `他说：“好。”` ends, but `称为“路线图”` at a line end is a
 * column jump in the middle of a sentence.
 */
const CLOSERS = new Set(["”", "’", "」", "』", "）", ")", "》", "〉", "】", "\""]);

export function endsParagraph(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(line.charAt(i))) i--;
  return i >= 0 && TERMINAL.has(line.charAt(i));
}

/** Characters that end a sentence (used to cut a fragment's first sentence). */
export const SENTENCE_END = new Set(["。", "！", "？", "!", "?", "…"]);
export { CLOSERS };

/** Length in characters (code points), not UTF-16 units. */
export function charLength(text: string): number {
  return Array.from(text).length;
}

/** A "....." or "……" line: an editor's cut, kept verbatim as its own paragraph. */
export function isCutMarker(line: string): boolean {
  return /^(?:\.{3,}|…+|。{3,}|·{3,})$/.test(line.trim());
}

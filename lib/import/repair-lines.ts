// Fourth pass, per story: turn OCR lines into paragraphs. OCR breaks text
// wherever a column ended, often mid-word and across blank lines
// (`区领导刘\n\n涛、谷静`), so a line is joined to the next unless it ends
// with paragraph-ending punctuation (see endsParagraph in chars.ts).

import { isBare } from "./blocks";
import { charLength, endsParagraph, isCutMarker, isLatinOrDigit } from "./chars";
import type { Line } from "./normalise";
import { removeCjkSpaces } from "./normalise";

export interface Paragraph {
  text: string;
  /**
   * The paragraph starts right after a layout break (two or more blank lines,
   * or a photo caption). OCR reading order is unreliable there, so
   * fragments.ts looks for out-of-order pieces at such starts.
   */
  afterBreak: boolean;
}

export interface Repaired {
  paragraphs: Paragraph[];
  captions: string[];
  /** The last paragraph stops mid-sentence: its continuation may be elsewhere. */
  openEnd: boolean;
}

/** Photo captions are a few words; anything longer is body text. */
const CAPTION_MAX = 30;

/** Join two pieces of one sentence: CJK needs no space, Latin words do. */
export function joinPieces(a: string, b: string): string {
  const left = a.charAt(a.length - 1);
  const right = b.charAt(0);
  return isLatinOrDigit(left) && isLatinOrDigit(right) ? `${a} ${b}` : a + b;
}

/**
 * A short line with no sentence punctuation is a photo caption only when the
 * layout sets it apart: a gap of two or more blank lines on either side, or
 * another caption just before or after it, or the story's end. A short unpunctuated line
 * packed tightly between body lines is a sentence cut by a column break
 * (`为推进除患排险专项行动深入开` + `展,10月28日,…`) and is joined instead.
 * While a sentence is unfinished, only a line in a layout gap can be a caption.
 */
function isCaption(lines: Line[], i: number, open: boolean, afterCaption: boolean): boolean {
  const line = lines[i];
  if (line === undefined || !isBare(line.text) || charLength(line.text) > CAPTION_MAX) return false;
  if (line.gapBefore >= 2) return true;
  if (open) return false;
  if (afterCaption) return true;
  const next = lines[i + 1];
  return next === undefined || next.gapBefore >= 2 || isBare(next.text);
}

export function repairLines(lines: Line[]): Repaired {
  const paragraphs: Paragraph[] = [];
  const captions: string[] = [];
  let open = false; // the last paragraph stopped mid-sentence
  let afterCaption = false;

  for (const [i, line] of lines.entries()) {
    const text = line.text;
    if (isCutMarker(text) || line.own) {
      // `.....` marks an editor's cut; a ○ item, 编者按 or a list of leaders
      // is a paragraph of its own. Never joined, never a caption.
      paragraphs.push({ text, afterBreak: false });
      open = false;
      afterCaption = false;
      continue;
    }
    if (isCaption(lines, i, open, afterCaption)) {
      captions.push(removeCjkSpaces(text));
      afterCaption = true;
      continue;
    }
    const last = paragraphs[paragraphs.length - 1];
    if (open && last) {
      last.text = joinPieces(last.text, text);
    } else {
      paragraphs.push({ text, afterBreak: !line.opening && (line.gapBefore >= 2 || afterCaption) });
    }
    open = !endsParagraph(text);
    afterCaption = false;
  }

  for (const p of paragraphs) p.text = removeCjkSpaces(p.text);
  return { paragraphs, captions, openEnd: open };
}

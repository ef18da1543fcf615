// Fifth pass, per story: find out-of-order pieces. When OCR reads a page
// column by column, the tail of one column can land between paragraphs of
// the wrong place. Such a piece is moved to the page's fragment list, not
// deleted, so no text is lost and an editor can put it back.

import { CLOSERS, SENTENCE_END, charLength } from "./chars";
import type { NoteKey } from "./notes";
import type { Paragraph } from "./repair-lines";

export interface Extracted {
  paragraphs: string[];
  fragments: { text: string; reason: NoteKey }[];
}

// Connectives that can only continue a sentence, never open a paragraph:
// `进而高质量完成各项年度目标任务。` must have been cut from somewhere else.
const CONTINUATION = /^(进而|从而|并且|而且|以及|以便|乃至|以致)/;

// After a layout break (photo or column gap) OCR order is unreliable, and
// the leftover end of a column that continued elsewhere lands there. Two
// shapes are taken as such orphans, both short (real openings are usually
// longer; the limit keeps the guess conservative):
//  - a paragraph that is one lone sentence (`三零目标,持续营造稳定良好的发展环境。`);
//  - the first sentence of a story whose opening is missing, i.e. no byline
//    and not commentary, when its text starts below photos
//    (`牌登记点,方便居民上牌登记。` under the 创文 captions).
const ORPHAN_MAX = 24;

/** The first sentence including its end mark and closing quotes. */
export function firstSentence(text: string): string {
  const chars = Array.from(text);
  let i = chars.findIndex((ch) => SENTENCE_END.has(ch));
  if (i < 0) return text;
  while (i + 1 < chars.length && (SENTENCE_END.has(chars[i + 1] ?? "") || CLOSERS.has(chars[i + 1] ?? ""))) i++;
  return chars.slice(0, i + 1).join("");
}

/**
 * `hasOpening`: the story starts with a byline or sits under a column name,
 * so its first paragraph is a real opening.
 */
export function extractFragments(paragraphs: Paragraph[], hasOpening: boolean): Extracted {
  const kept: string[] = [];
  const fragments: Extracted["fragments"] = [];

  for (const [i, p] of paragraphs.entries()) {
    const head = firstSentence(p.text);
    const short = charLength(head) <= ORPHAN_MAX;
    let reason: NoteKey | null = null;
    if (CONTINUATION.test(p.text)) {
      reason = "fragmentConnective";
    } else if (p.afterBreak && short && head === p.text) {
      reason = "fragmentLoneSentence";
    } else if (p.afterBreak && short && i === 0 && !hasOpening) {
      reason = "fragmentOpeningMissing";
    }
    if (reason === null) {
      kept.push(p.text);
      continue;
    }
    // Only the orphaned first sentence moves; what follows it reads on.
    fragments.push({ text: head, reason });
    const rest = p.text.slice(head.length).trim();
    if (rest !== "") kept.push(rest);
  }
  return { paragraphs: kept, fragments };
}

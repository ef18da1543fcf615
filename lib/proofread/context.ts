// What every rule gets: the text, its paragraphs, the stretches no rule
// touches (web and e-mail addresses), and the compiled word list.
import { layoutOf, type ParagraphLayout } from "./paragraphs";
import type { Field } from "./types";
import type { WordMatcher } from "./words/matcher";

export interface Context extends ParagraphLayout {
  text: string;
  field: Field;
  /** 1 for each UTF-16 unit inside a URL or an e-mail address. */
  protectedUnits: Uint8Array;
  words?: WordMatcher;
}

// An address runs until a space or Chinese text; trailing sentence marks are
// the sentence's, not the address's.
const ADDRESS = /(?:(?:https?|ftp):\/\/|www\.)[^\s<>"“”‘’\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

function protectedUnits(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const match of text.matchAll(ADDRESS)) {
    const found = match[0].replace(/[.,;:!?)]+$/, "");
    mask.fill(1, match.index, match.index + found.length);
  }
  return mask;
}

export function makeContext(text: string, field: Field, words?: WordMatcher): Context {
  return { text, field, words, protectedUnits: protectedUnits(text), ...layoutOf(text, field === "body") };
}

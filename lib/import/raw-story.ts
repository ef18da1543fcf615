// The intermediate story shape built by split-stories.ts, and the helpers
// that recognise headlines set without `#` (bare short lines).

import type { Block } from "./blocks";
import type { Byline } from "./byline";
import { charLength } from "./chars";
import type { Line } from "./normalise";

export interface RawStory {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  column: string | null;
  author: string | null;
  byline: Byline | null;
  /** Body lines (text, bare and cut) in reading order. */
  body: Line[];
  notes: string[];
}

/** A bare line longer than this is not taken as a headline without a `#`. */
export const BARE_HEADLINE_MAX = 40;

export function newStory(headline: string): RawStory {
  return {
    kicker: null, headline, subheadline: null, column: null,
    author: null, byline: null, body: [], notes: [],
  };
}

/**
 * Length of a run of 1–3 short bare lines starting at i that is directly
 * followed by a byline; 0 if there is none. A byline is the only reliable
 * sign that bare lines are a headline rather than photo captions.
 */
export function bareRunBeforeByline(blocks: Block[], i: number): number {
  for (let n = 1; n <= 3; n++) {
    const last = blocks[i + n - 1];
    if (last?.kind !== "bare" || charLength(last.line.text) > BARE_HEADLINE_MAX) return 0;
    if (blocks[i + n]?.kind === "byline") return n;
  }
  return 0;
}

/**
 * Headline lines without `#`. One line is the 主题; with two, the second is a
 * 副题 when it starts with a dash (——记…), else the first is the 引题; three
 * are 引题 / 主题 / 副题 in print order.
 */
export function storyFromBareLines(texts: string[]): RawStory {
  const [a = "", b, c] = texts;
  const s = newStory(a);
  if (b !== undefined && c !== undefined) {
    s.kicker = a;
    s.headline = b;
    s.subheadline = c;
  } else if (b !== undefined && /^[—-]/.test(b)) {
    s.subheadline = b;
  } else if (b !== undefined) {
    s.kicker = a;
    s.headline = b;
  }
  s.notes.push("headline guessed from a bare short line");
  return s;
}

// The intermediate story shape built by split-stories.ts, and the helpers
// that recognise headline stacks set without `#` (bare short lines).

import type { Block } from "./blocks";
import type { Byline } from "./byline";
import { charLength } from "./chars";
import { splitHeadline } from "./headline";
import type { Line } from "./normalise";
import { note, type ImportNote } from "./notes";
import type { Confidence } from "./types";

export type StackField = "kicker" | "headline" | "subheadline";

export interface RawStory {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  column: string | null;
  author: string | null;
  byline: Byline | null;
  /** Bylines that close the story: `（中新社记者 李明）`, `据新华社`. */
  closing: Byline[];
  /** Body lines (text, bare, own and cut) in reading order. */
  body: Line[];
  /** Captions marked as such on the page (`■ …`). */
  captions: string[];
  /** The `#` level of the headline, to order a stack of headings. */
  level: number | null;
  fields: Partial<Record<StackField, Confidence>>;
  notes: ImportNote[];
}

/** A bare line longer than this is not taken as a headline without a `#`. */
export const BARE_HEADLINE_MAX = 40;

export function newStory(headline: string, how: Confidence | null = null): RawStory {
  return {
    kicker: null, headline, subheadline: null, column: null, author: null,
    byline: null, closing: [], body: [], captions: [], level: null,
    fields: how ? { headline: how } : {}, notes: [],
  };
}

const isDash = (text: string) => /^[—－-]/u.test(text);
const stackLine = (b: Block | undefined) =>
  (b?.kind === "bare" && charLength(b.line.text) <= BARE_HEADLINE_MAX) || (b?.kind === "own" && b.own === "leaders");

/**
 * A byline that can open a story: any but the closing forms, and even an
 * agency reporter's bracket (（湖北日报全媒记者 张鸿 …）) when text follows it.
 */
function opensStory(byline: Byline, after: Block | undefined): boolean {
  return !byline.closing || (byline.contributors.length > 0 && after?.kind === "text");
}

/**
 * Length of a run of 1–3 short bare lines (and a leaders line) starting at i
 * that is directly followed by a byline that opens a story; 0 if there is
 * none. A byline is the surest sign that bare lines are a headline rather
 * than photo captions.
 */
export function bareRunBeforeByline(blocks: Block[], i: number): number {
  for (let n = 1; n <= 4; n++) {
    if (!stackLine(blocks[i + n - 1])) return 0;
    const next = blocks[i + n];
    if (next?.kind === "byline" && opensStory(next.byline, blocks[i + n + 1])) return n;
  }
  return 0;
}

/**
 * A run of 2–3 short bare lines set tight together (no layout gap inside)
 * whose last line is a ——副题, followed by text: a headline stack whose
 * story has no byline. Photo captions are set apart by gaps and never
 * start with a dash.
 */
export function stackBeforeText(blocks: Block[], i: number): number {
  for (let n = 2; n <= 3; n++) {
    const run = blocks.slice(i, i + n);
    if (run.length < n || !run.every(stackLine)) return 0;
    if (run.slice(1).some((b) => b.line.gapBefore >= 2)) return 0;
    const last = run[n - 1];
    if (last && isDash(last.line.text) && blocks[i + n]?.kind === "text") return n;
  }
  return 0;
}

const guessed = (reason: Confidence["reason"]): Confidence => ({ how: "guessed", reason });
const read = (reason: Confidence["reason"]): Confidence => ({ how: "read", reason });

/**
 * Headline lines without `#`. One line is the 主题, or a stack flattened
 * onto one line; with two, the second is a 副题 when it starts with a dash
 * (——记…), else the first is the 引题; three are 引题 / 主题 / 副题 in print
 * order. A leaders line (李楚 卢新华 陈丽华参加) is a 副题 wherever it sits.
 */
export function storyFromBareLines(blocks: Block[], reason: Confidence["reason"]): RawStory {
  const leaders = blocks.find((b) => b.kind === "own");
  const texts = blocks.filter((b) => b.kind !== "own").map((b) => b.line.text);
  const [a = "", b, c] = texts;
  const s = newStory(a, guessed(reason));
  if (b !== undefined && c !== undefined) {
    Object.assign(s, { kicker: a, headline: b, subheadline: c });
    s.fields.kicker = guessed("kickerInStack");
    s.fields.subheadline = isDash(c) ? read("subheadlineDash") : guessed("subheadlineInStack");
  } else if (b !== undefined && isDash(b)) {
    s.subheadline = b;
    s.fields.subheadline = read("subheadlineDash");
  } else if (b !== undefined) {
    Object.assign(s, { kicker: a, headline: b });
    s.fields.kicker = guessed("kickerInStack");
  } else {
    splitOneLine(s, a);
  }
  if (leaders && s.subheadline === null) {
    s.subheadline = leaders.line.text;
    s.fields.subheadline = guessed("subheadlineLeaders");
  } else if (leaders) {
    s.body.push({ ...leaders.line, own: true });
  }
  s.notes.push(note("headlineGuessed"));
  return s;
}

/** `引题 主题 ——副题` on one line: the OCR joined the stack with spaces. */
function splitOneLine(s: RawStory, text: string): void {
  const dash = /^(.+?)\s+([—－-]{1,2}.+)$/u.exec(text);
  const main = dash ? (dash[1] ?? text) : text;
  if (dash) {
    s.subheadline = dash[2] ?? null;
    s.fields.subheadline = read("subheadlineDash");
  }
  const split = splitHeadline(main);
  s.headline = split.headline;
  s.kicker = split.kicker;
  if (split.kicker !== null) {
    s.fields.kicker = guessed("kickerSplit");
    s.notes.push(note("kickerSplit"));
  }
}

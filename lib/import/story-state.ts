// The state of story splitting: the stories so far, the one being built,
// and the small rules about where that story stands (still at its top, or
// begun) that split-stories.ts asks as it reads each block.

import type { Block } from "./blocks";
import { splitClosingByline } from "./byline";
import { splitJumpAtEnd } from "./furniture";
import type { Line } from "./normalise";
import type { RawStory } from "./raw-story";
import type { PageFurniture } from "./types";

export interface State {
  stories: RawStory[];
  leading: Line[];
  furniture: PageFurniture[];
  markup: string[];
  current: RawStory | null;
  /** Blocks of the current story after its headline. */
  since: Block[];
  /** A bare line waiting for the heading below it (引题). */
  kicker: string | null;
  /** ■ captions met before any story: they go with the first one. */
  captions: string[];
}

export function start(state: State, story: RawStory): void {
  finish(state);
  story.captions.unshift(...state.captions);
  state.captions = [];
  state.stories.push(story);
  state.current = story;
  state.since = [];
}

/**
 * A story ends where the next begins: a jump line or a closing byline
 * printed at the end of its last line is taken off that line.
 */
export function finish(state: State): void {
  const story = state.current;
  const last = story?.body.at(-1);
  if (!story || !last) return;
  const index = state.stories.length - 1;
  const jump = splitJumpAtEnd(last.text);
  let text = last.text;
  if (jump) {
    state.furniture.push({ text: jump.jump, kind: "jump", afterArticle: index });
    text = jump.body;
  }
  const closing = splitClosingByline(text);
  if (closing) {
    story.closing.push(closing.byline);
    state.markup.push(...closing.byline.markup);
    text = closing.body;
  }
  story.body[story.body.length - 1] = { ...last, text };
}

export const isNote = (b: Block | undefined) => b?.kind === "own" && b.own === "note";

/**
 * Still at the top of the story: no byline or body text yet. Captions are
 * fine, and so is an 编者按 with everything up to its byline.
 */
export function isOpening(state: State): boolean {
  if (state.current?.byline !== null) return false;
  if (isNote(state.since[0])) return true;
  return state.since.every((b) => b.kind === "bare" || b.kind === "caption");
}

/** The story has text of its own: a bare run after this starts a new one. */
export function hasBegun(story: RawStory | null): boolean {
  return story === null || story.byline !== null || story.body.length > 0;
}

export function addToBody(state: State, block: Block): void {
  const story = state.current;
  if (story === null) {
    state.leading.push(block.line);
    return;
  }
  // The first line under a byline opens the story wherever OCR put it, so
  // its layout gap must not mark it as an orphaned fragment later.
  const first = story.byline !== null && !story.body.some((l) => l.opening);
  const line = block.kind === "own" ? { ...block.line, own: true } : block.line;
  story.body.push(first ? { ...line, gapBefore: 0, opening: true } : line);
  state.since.push(block);
}

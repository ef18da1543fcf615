// Third pass: group blocks into stories. A story starts at a heading, at a
// run of bare lines followed by a byline, or at a byline with no headline.
// Everything up to the next start is that story's body.

import type { Block } from "./blocks";
import { charLength } from "./chars";
import { isColumnName, splitHeadline } from "./headline";
import type { Line } from "./normalise";
import {
  BARE_HEADLINE_MAX, bareRunBeforeByline, newStory, storyFromBareLines, type RawStory,
} from "./raw-story";

export type { RawStory } from "./raw-story";

export interface SplitResult {
  stories: RawStory[];
  /** Lines before the first story: nothing to attach them to. */
  leading: Line[];
}

/** Commentary author lines are a name, at most a title like 本报评论员. */
const AUTHOR_MAX = 8;

interface State {
  stories: RawStory[];
  leading: Line[];
  current: RawStory | null;
  /** Blocks of the current story after its headline. */
  since: Block[];
  /** A bare line waiting for the heading below it (引题). */
  kicker: string | null;
}

function start(state: State, story: RawStory): void {
  state.stories.push(story);
  state.current = story;
  state.since = [];
}

/** Still at the top of the story: no byline or body text yet (captions are fine). */
function isOpening(state: State): boolean {
  return state.current?.byline === null && state.since.every((b) => b.kind === "bare");
}

export function splitStories(blocks: Block[]): SplitResult {
  const state: State = { stories: [], leading: [], current: null, since: [], kicker: null };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block === undefined) continue;
    if (block.kind === "heading") onHeading(state, block.text);
    else if (block.kind === "byline") onByline(state, block);
    else if (block.kind === "bare") i += onBare(state, blocks, i);
    else addToBody(state, block);
  }
  return { stories: state.stories, leading: state.leading };
}

function onHeading(state: State, text: string): void {
  const story = state.current;
  // A heading straight under the headline is the real headline below a
  // column name (`## 今日评论` / `### 依法治理保安全`), otherwise a 副题.
  if (story && state.since.length === 0 && story.byline === null && state.kicker === null) {
    if (story.column !== null && story.headline === "") story.headline = text;
    else if (story.subheadline === null) story.subheadline = text;
    return;
  }
  const s = newStory(text);
  if (isColumnName(text)) {
    s.column = text;
    s.headline = "";
  } else if (state.kicker === null) {
    // With an explicit 引题 above, the heading is kept whole; otherwise a
    // multi-clause heading may carry its own kicker.
    const split = splitHeadline(text);
    s.kicker = split.kicker;
    s.headline = split.headline;
    if (split.kicker !== null) s.notes.push("kicker split off a space-separated headline");
  }
  if (state.kicker !== null) s.kicker = state.kicker;
  state.kicker = null;
  start(state, s);
}

function onByline(state: State, block: Extract<Block, { kind: "byline" }>): void {
  if (state.current && isOpening(state)) {
    state.current.byline = block.byline;
  } else {
    const s = newStory("");
    s.byline = block.byline;
    start(state, s);
  }
  const rest = block.byline.rest;
  // Body text on the byline's own line opens the story: no gap before it.
  if (rest !== "") state.current?.body.push({ text: rest, gapBefore: 0 });
  state.since.push(block);
}

/** Handles a bare line; returns how many extra blocks it consumed. */
function onBare(state: State, blocks: Block[], i: number): number {
  const block = blocks[i];
  if (block === undefined) return 0;
  const text = block.line.text;
  const story = state.current;
  const next = blocks[i + 1];

  if (next?.kind === "heading") {
    state.kicker = text; // 引题 sits directly above its headline
    return 0;
  }
  if (story && story.column !== null && story.headline === "" && state.since.length === 0) {
    story.headline = text; // `## 今日评论` followed by a bare headline
    return 0;
  }
  if (story && story.column !== null && story.author === null && story.body.length === 0
      && charLength(text) <= AUTHOR_MAX) {
    story.author = text; // the name line under a commentary headline
    return 0;
  }
  if (story && story.subheadline === null && /^[—-]/.test(text) && isOpening(state)) {
    story.subheadline = text; // ——副题 under the headline
    return 0;
  }
  // Bare lines before a byline are a new headline, unless the current story
  // has not begun yet: then they are photo captions above its byline.
  const run = bareRunBeforeByline(blocks, i);
  const begun = story === null || story.byline !== null || story.body.length > 0;
  if (run > 0 && begun) {
    start(state, storyFromBareLines(blocks.slice(i, i + run).map((b) => b.line.text)));
    return run - 1;
  }
  // At the top of the page there is no story for a caption to belong to.
  if (story === null && next?.kind === "text" && charLength(text) <= BARE_HEADLINE_MAX) {
    const s = storyFromBareLines([text]);
    s.notes.push("no byline under the headline");
    start(state, s);
    return 0;
  }
  addToBody(state, block); // most likely a photo caption; repair-lines decides
  return 0;
}

function addToBody(state: State, block: Block): void {
  const story = state.current;
  if (story === null) {
    state.leading.push(block.line);
    return;
  }
  // The first line under a byline opens the story wherever OCR put it, so
  // its layout gap must not mark it as an orphaned fragment later.
  const first = story.byline !== null && story.body.length === 0;
  story.body.push(first ? { ...block.line, gapBefore: 0 } : block.line);
  state.since.push(block);
}

// Third pass: group blocks into stories. A story starts at a heading, at a
// headline stack of bare lines followed by a byline, or at a byline with no
// headline. Everything up to the next start is that story's body; page
// furniture is set aside wherever it sits.

import type { Block } from "./blocks";
import { charLength } from "./chars";
import { isColumnName, splitHeadline } from "./headline";
import type { Line } from "./normalise";
import { note } from "./notes";
import {
  BARE_HEADLINE_MAX, bareRunBeforeByline, newStory, stackBeforeText, storyFromBareLines, type RawStory,
} from "./raw-story";
import { addToBody, finish, hasBegun, isNote, isOpening, start, type State } from "./story-state";
import type { PageFurniture } from "./types";

export type { RawStory } from "./raw-story";

export interface SplitResult {
  stories: RawStory[];
  /** Lines before the first story: nothing to attach them to. */
  leading: Line[];
  furniture: PageFurniture[];
  /** Typesetting dropped while splitting (byline brackets, role words, ■). */
  markup: string[];
}

/** Commentary author lines are a name, at most a title like 本报评论员. */
const AUTHOR_MAX = 8;

export function splitStories(blocks: Block[]): SplitResult {
  const state: State = {
    stories: [], leading: [], furniture: [], markup: [], current: null, since: [], kicker: null, captions: [],
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block === undefined) continue;
    if (block.kind === "heading") onHeading(state, block);
    else if (block.kind === "byline") onByline(state, block, blocks[i + 1]);
    else if (block.kind === "bare") i += onBare(state, blocks, i);
    else if (block.kind === "furniture") onFurniture(state, block);
    else if (block.kind === "caption") onCaption(state, block);
    else if (block.kind === "own") onOwn(state, block);
    else addToBody(state, block);
  }
  finish(state);
  state.leading.push(...state.captions.map((text) => ({ text, gapBefore: 0 })));
  return { stories: state.stories, leading: state.leading, furniture: state.furniture, markup: state.markup };
}

function onHeading(state: State, block: Extract<Block, { kind: "heading" }>): void {
  const { text, level } = block;
  const story = state.current;
  if (story && state.since.length === 0 && story.byline === null && state.kicker === null) {
    // A heading straight under the headline: the real headline below a
    // column name (`## 今日评论` / `### 依法治理保安全`); a bigger one below
    // a smaller (`### 引题` / `# 主题`); otherwise a 副题.
    if (story.column !== null && story.headline === "") {
      story.headline = text;
      story.fields.headline = { how: "read", reason: "headlineUnderColumn" };
      return;
    }
    if (story.level !== null && level < story.level && story.kicker === null) {
      story.kicker = story.headline;
      story.headline = text;
      story.level = level;
      story.fields.kicker = { how: "read", reason: "kickerSmallerHeading" };
      return;
    }
    if (story.subheadline === null) {
      story.subheadline = text;
      story.fields.subheadline = { how: "read", reason: "subheadlineHeading" };
      return;
    }
  }
  const s = newStory(text, { how: "read", reason: block.line.bold ? "headlineFromBold" : "headlineFromHeading" });
  s.level = level;
  if (isColumnName(text)) {
    s.column = text;
    s.headline = "";
  } else if (state.kicker === null) {
    // With an explicit 引题 above, the heading is kept whole; otherwise a
    // multi-clause heading may carry its own kicker.
    const split = splitHeadline(text);
    s.kicker = split.kicker;
    s.headline = split.headline;
    if (split.kicker !== null) {
      s.notes.push(note("kickerSplit"));
      s.fields.kicker = { how: "guessed", reason: "kickerSplit" };
    }
  }
  if (state.kicker !== null) {
    s.kicker = state.kicker;
    s.fields.kicker = { how: "guessed", reason: "kickerAboveHeading" };
  }
  state.kicker = null;
  start(state, s);
}

function onByline(state: State, block: Extract<Block, { kind: "byline" }>, next: Block | undefined): void {
  const { byline } = block;
  const story = state.current;
  if (byline.onlyOpening && story && !isOpening(state)) {
    addToBody(state, { kind: "text", line: block.line });
    return;
  }
  state.markup.push(...byline.markup);
  // `（中新社记者 李明）`, `据新华社`, or a contributor line with no text
  // after it: the end of the story above.
  const closes = byline.closing || (byline.standalone && next?.kind !== "text" && next?.kind !== "own");
  if (story && story.body.length > 0 && closes) {
    story.closing.push(byline);
    return;
  }
  if (story && isOpening(state)) {
    story.byline = byline;
  } else {
    const s = newStory("", { how: "guessed", reason: "headlineMissing" });
    s.byline = byline;
    start(state, s);
  }
  if (byline.jump) state.furniture.push({ text: byline.jump, kind: "jump", afterArticle: state.stories.length - 1 });
  // Body text on the byline's own line opens the story: no gap before it.
  if (byline.rest !== "") state.current?.body.push({ text: byline.rest, gapBefore: 0, opening: true });
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
    story.fields.headline = { how: "guessed", reason: "headlineUnderColumn" };
    return 0;
  }
  if (story && story.column !== null && story.author === null && story.body.length === 0 && story.byline === null
      && charLength(text) <= AUTHOR_MAX) {
    story.author = text; // the name line under a commentary headline
    return 0;
  }
  if (story && story.subheadline === null && /^[—－-]/u.test(text) && isOpening(state)) {
    story.subheadline = text; // ——副题 under the headline
    story.fields.subheadline = { how: "read", reason: "subheadlineDash" };
    return 0;
  }
  const begun = hasBegun(story);
  // A bare column name (今日评论) over a bare headline.
  if (begun && isColumnName(text) && next?.kind === "bare") {
    const s = newStory("", null);
    s.column = text;
    start(state, s);
    return 0;
  }
  // Bare lines before a byline are a new headline, unless the current story
  // has not begun yet: then they are photo captions above its byline.
  const run = bareRunBeforeByline(blocks, i);
  if (run > 0 && begun) {
    start(state, storyFromBareLines(blocks.slice(i, i + run), "headlineAboveByline"));
    return run - 1;
  }
  const stack = stackBeforeText(blocks, i);
  if (stack > 0 && begun) {
    const s = storyFromBareLines(blocks.slice(i, i + stack), "headlineAboveSubheadline");
    s.notes.push(note("noBylineUnderHeadline"));
    start(state, s);
    return stack - 1;
  }
  // At the top of the page there is no story for a caption to belong to.
  if (story === null) {
    const top = topStack(blocks, i);
    if (top > 0) {
      const s = storyFromBareLines(blocks.slice(i, i + top), "headlineAtTop");
      s.notes.push(note("noBylineUnderHeadline"));
      start(state, s);
      return top - 1;
    }
  }
  addToBody(state, block); // most likely a photo caption; repair-lines decides
  return 0;
}

/** 1–3 short bare lines, set tight, then text: the first story's headline stack. */
function topStack(blocks: Block[], i: number): number {
  for (let n = 1; n <= 3; n++) {
    const last = blocks[i + n - 1];
    if (last?.kind !== "bare" || charLength(last.line.text) > BARE_HEADLINE_MAX) return 0;
    if (n > 1 && last.line.gapBefore >= 2) return 0;
    if (blocks[i + n]?.kind === "text") return n;
  }
  return 0;
}

function onFurniture(state: State, block: Extract<Block, { kind: "furniture" }>): void {
  const index = state.stories.length - 1;
  state.furniture.push({ text: block.line.text, kind: block.furniture, afterArticle: index >= 0 ? index : null });
}

function onCaption(state: State, block: Extract<Block, { kind: "caption" }>): void {
  state.markup.push(block.marker);
  if (state.current) {
    state.current.captions.push(block.text);
    state.since.push(block);
  } else {
    state.captions.push(block.text);
  }
}

function onOwn(state: State, block: Extract<Block, { kind: "own" }>): void {
  const story = state.current;
  // 李楚 卢新华 陈丽华参加 under a headline: its 副题.
  if (block.own === "leaders" && story && story.subheadline === null && isOpening(state) && !isNote(state.since[0])) {
    story.subheadline = block.line.text;
    story.fields.subheadline = { how: "guessed", reason: "subheadlineLeaders" };
    return;
  }
  addToBody(state, block);
}

// Finds the page's stories on its text layer and proposes each one's region
// (docs/decisions/0028-digital-edition-pages.md, "Hotspots"). A pure function
// of the text runs and the stories, so it is tested on generated pages and
// runs the same in the upload and in the seed. Each numbered rule below is
// one rule of that note.
import { distance, lineBelow, normalize, toLines, union, type Box, type Line } from "./lines";
import { REGION_SCALE } from "@/lib/validation/epaper";
import type { TextItem } from "./render";

export interface PageStory {
  id: string;
  /** A commentary's column (今日评论), printed above it. */
  column?: string | null;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  body: string;
  captions: string[];
}

/** A region in ten-thousandths of the page's width and height, from its top left. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Hotspot extends Region {
  articleId: string;
}

export { REGION_SCALE };

// Rule 3: a line shorter than this could be in any story (本报讯, 文/图).
const MIN_OWNED = 4;
// Rule 2: the body's opening looked for, in characters.
const OPENING = 12;
// Rule 4: lines of a story farther than this (a share of the page's height)
// from the rest of it are not part of its block (a jump to another page, a
// quotation in a box elsewhere).
const REACH = 0.15;

/** Text of `line` and the lines under it in its column, up to `length` characters, with the lines used. */
function readDown(lines: Line[], line: Line, length: number): { text: string; used: Line[] } {
  const used = [line];
  let text = line.text;
  for (let next = lineBelow(lines, line); next && text.length < length && used.length < 6; next = lineBelow(lines, next)) {
    used.push(next);
    text += next.text;
  }
  return { text, used };
}

/**
 * Rule 1: the headline, as one line holding it or lines down a column that
 * begin with it (a headline set on two lines). Rule 2, when the headline is
 * not there as printed: the line where the body's first sentence begins,
 * dateline and byline before it allowed.
 */
function anchor(lines: Line[], story: PageStory): Line[] | null {
  const headline = normalize(story.headline);
  if (headline.length >= 2) {
    for (const line of lines) {
      if (headline.length >= 4 && line.text.includes(headline)) return [line];
      if (!headline.startsWith(line.text)) continue;
      const { text, used } = readDown(lines, line, headline.length);
      if (text.startsWith(headline)) return used.slice(0, countCovering(used, headline.length));
    }
  }
  const firstSentence = normalize(story.body.split(/[。！？!?\n]/)[0] ?? "").slice(0, OPENING);
  if (firstSentence.length < 6) return null;
  for (const line of lines) {
    const { text } = readDown(lines, line, line.text.length + firstSentence.length);
    const at = text.indexOf(firstSentence);
    if (at >= 0 && at < line.text.length) return [line];
  }
  return null;
}

/** How many of `lines` it takes to cover the first `length` characters. */
function countCovering(lines: Line[], length: number): number {
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    total += lines[i]!.text.length;
    if (total >= length) return i + 1;
  }
  return lines.length;
}

/** Rule 3: a line belongs to the one story whose text holds it; a line in none, or in several, to no story. */
function owners(lines: Line[], texts: Map<string, string>): Map<Line, string> {
  const owned = new Map<Line, string>();
  for (const line of lines) {
    if (line.text.length < MIN_OWNED) continue;
    let owner: string | null = null;
    for (const [id, text] of texts) {
      if (!text.includes(line.text)) continue;
      if (owner) {
        owner = null;
        break;
      }
      owner = id;
    }
    if (owner) owned.set(line, owner);
  }
  return owned;
}

/** Rule 4: from the anchor, the story's own lines within reach of what is already its block, until none is. */
function grow(start: Box, candidates: Line[], reach: number): Box {
  let box = start;
  let rest = candidates;
  for (;;) {
    const near = rest.filter((line) => distance(box, line) <= reach);
    if (!near.length) return box;
    box = near.reduce<Box>((b, line) => union(b, line), box);
    rest = rest.filter((line) => !near.includes(line));
  }
}

/**
 * The region of each story found on the page, in story order, and the ids
 * of the stories not found. `size` is the page's size in the text's units.
 */
export function findHotspots(text: TextItem[], size: { width: number; height: number }, stories: PageStory[]): { hotspots: Hotspot[]; missing: string[] } {
  const lines = toLines(text);
  const texts = new Map(stories.map((s) => [s.id, normalize([s.column, s.kicker, s.headline, s.subheadline, s.body, ...s.captions].filter(Boolean).join("\n"))]));
  const owned = owners(lines, texts);
  const heights = lines.map((l) => l.height).sort((a, b) => a - b);
  const pad = (heights[Math.floor(heights.length / 2)] ?? 0) / 2;
  const hotspots: Hotspot[] = [];
  const missing: string[] = [];
  for (const story of stories) {
    const found = anchor(lines, story);
    if (!found) {
      missing.push(story.id);
      continue;
    }
    const own = lines.filter((line) => owned.get(line) === story.id && !found.includes(line));
    const box = grow(found.reduce<Box>((b, line) => union(b, line), found[0]!), own, REACH * size.height);
    hotspots.push({ articleId: story.id, ...toRegion(box, size, pad) });
  }
  return { hotspots, missing };
}

/** Rule 5: the block with a little room around its text (half a body line), in ten-thousandths of the page. */
function toRegion(box: Box, size: { width: number; height: number }, pad: number): Region {
  const scaleX = (v: number) => Math.round((v / size.width) * REGION_SCALE);
  const scaleY = (v: number) => Math.round((v / size.height) * REGION_SCALE);
  const x = Math.max(0, scaleX(box.x - pad));
  const y = Math.max(0, scaleY(box.y - pad));
  return {
    x,
    y,
    width: Math.min(REGION_SCALE, scaleX(box.x + box.width + pad)) - x,
    height: Math.min(REGION_SCALE, scaleY(box.y + box.height + pad)) - y,
  };
}

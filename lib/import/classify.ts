// Article type from the finished story's shape. Order matters: the first
// rule that fits wins. Each rule says whether it read a mark on the page or
// guessed from the shape.

import { charLength } from "./chars";
import type { ArticleType, Confidence } from "./types";

export interface StoryShape {
  column: string | null;
  subheadline: string | null;
  paragraphs: string[];
  captions: string[];
  /** Role words as printed in the byline (本报评论员). */
  titles: (string | null)[];
}

/** A brief is one paragraph shorter than this (the budget-training story). */
const BRIEF_MAX = 300;

export function classify(story: StoryShape): { type: ArticleType; how: Confidence } {
  const bodyLength = story.paragraphs.reduce((n, p) => n + charLength(p), 0);
  const read = (type: ArticleType, reason: Confidence["reason"]) => ({ type, how: { how: "read" as const, reason } });
  const guessed = (type: ArticleType) => ({ type, how: { how: "guessed" as const, reason: "typeShape" as const } });
  // Only commentary sits under a column name like 今日评论, or is signed by
  // a commentator (本报评论员).
  if (story.column !== null) return read("COMMENTARY", "typeColumn");
  if (story.titles.some((t) => t !== null && /评论员|評論員/u.test(t))) return read("COMMENTARY", "typeCommentator");
  // `——记…` is the classic subtitle of a 通讯 (feature) profile.
  if (story.subheadline !== null && /^[—-]+\s*记/.test(story.subheadline)) return read("FEATURE", "typeFeature");
  // Decision: two or more captions make a photo package (the 创文 story sets
  // two pictures above its text); one caption with little text is a picture
  // with a caption. A single 如图 photo in a news story stays NEWS.
  if (story.captions.length >= 2) return guessed("PHOTO_STORY");
  if (story.captions.length === 1 && bodyLength < BRIEF_MAX) return guessed("PHOTO_STORY");
  if (story.paragraphs.length === 1 && bodyLength < BRIEF_MAX) return guessed("BRIEF");
  return guessed("NEWS");
}

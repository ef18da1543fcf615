// Article type from the finished story's shape. Order matters: the first
// rule that fits wins.

import { charLength } from "./chars";
import type { ArticleType } from "./types";

export interface StoryShape {
  column: string | null;
  subheadline: string | null;
  paragraphs: string[];
  captions: string[];
}

/** A brief is one paragraph shorter than this (the budget-training story). */
const BRIEF_MAX = 300;

export function classify(story: StoryShape): ArticleType {
  const bodyLength = story.paragraphs.reduce((n, p) => n + charLength(p), 0);
  // Only commentary sits under a column name like 今日评论.
  if (story.column !== null) return "COMMENTARY";
  // `——记…` is the classic subtitle of a 通讯 (feature) profile.
  if (story.subheadline !== null && /^[—-]+\s*记/.test(story.subheadline)) return "FEATURE";
  // Decision: two or more captions make a photo package (the 创文 story sets
  // two pictures above its text); one caption with little text is a picture
  // with a caption. A single 如图 photo in a news story stays NEWS.
  if (story.captions.length >= 2) return "PHOTO_STORY";
  if (story.captions.length === 1 && bodyLength < BRIEF_MAX) return "PHOTO_STORY";
  if (story.paragraphs.length === 1 && bodyLength < BRIEF_MAX) return "BRIEF";
  return "NEWS";
}

// Page importer: OCR'd plain text of one newspaper page → proposed articles.
//
// Pipeline (one file per step, each readable alone):
//   normalise.ts      raw text → clean lines with the blank-line gaps before them
//   blocks.ts         each line → heading / byline / cut / bare / text
//   split-stories.ts  blocks → stories (headline, kicker, byline, body lines)
//   repair-lines.ts   body lines → paragraphs and photo captions
//   fragments.ts      out-of-order pieces → page fragment list
//   event-date.ts, classify.ts   metadata
//
// Invariant: every character of story text ends up in exactly one article
// field or one fragment. Only markup is dropped: `#`, `**`, whitespace and
// the byline's brackets, role words (记者, 通讯员, 摄影) and credit (文/图).

import { toBlocks } from "./blocks";
import { classify } from "./classify";
import { findEventDate } from "./event-date";
import { extractFragments } from "./fragments";
import { toLines } from "./normalise";
import { repairLines } from "./repair-lines";
import { splitStories, type RawStory } from "./split-stories";
import type { ImportOptions, ImportResult, ProposedArticle, UnassignedFragment } from "./types";

export type {
  ArticleType, ContributorRole, Credit, ImportOptions, ImportResult,
  ProposedArticle, ProposedContributor, UnassignedFragment,
} from "./types";

export function importPage(text: string, options: ImportOptions = {}): ImportResult {
  const { stories, leading } = splitStories(toBlocks(toLines(text)));
  // Text above the first headline (page furniture, a story continued from
  // another page) has no article to go to.
  const fragments: UnassignedFragment[] = leading.map((line) => ({
    text: line.text,
    afterArticle: null,
    reason: "text before the first headline on the page",
  }));
  const articles = stories.map((story, index) => buildArticle(story, index, fragments, options));
  return { articles, fragments };
}

function buildArticle(
  story: RawStory,
  index: number,
  fragments: UnassignedFragment[],
  options: ImportOptions,
): ProposedArticle {
  const notes = [...story.notes, ...(story.byline?.notes ?? [])];
  const repaired = repairLines(story.body);
  notes.push(...repaired.notes);

  const extracted = extractFragments(repaired.paragraphs, story.byline !== null || story.column !== null);
  for (const f of extracted.fragments) {
    fragments.push({ text: f.text, afterArticle: index, reason: f.reason });
    notes.push(`fragment may be out of order, moved to page fragments: ${f.text}`);
  }
  const paragraphs = extracted.paragraphs;

  if (story.byline === null && story.column === null) {
    notes.push("no byline found: dateline left empty, contributors unknown");
  }
  if (story.headline === "") notes.push("no headline found");
  // Decision: a `(如图)` mention promises a photo, but the OCR text has no
  // caption for it. No placeholder caption is invented (it would be text
  // that is not on the page); the editor is told instead.
  if (repaired.captions.length === 0 && paragraphs.some((p) => /如图|如圖/.test(p))) {
    notes.push("photo mentioned (如图), caption missing");
  }

  return {
    kicker: story.kicker,
    headline: story.headline,
    subheadline: story.subheadline,
    dateline: story.byline?.dateline ?? "",
    contributors: story.byline?.contributors ?? [],
    // The lead states when it happened; an agency 电头 (新华社北京11月1日电)
    // carries the filing date, the next best guess when the lead has none.
    eventDate: findEventDate(paragraphs[0], options.editionDate)
      ?? findEventDate(story.byline?.dateline, options.editionDate),
    type: classify({ ...story, paragraphs, captions: repaired.captions }),
    column: story.column,
    // Decision: the commentary author is only in `author`, not repeated as
    // a contributor, so the name appears exactly once in the output.
    author: story.author,
    paragraphs,
    captions: repaired.captions,
    notes,
  };
}

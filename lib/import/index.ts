// Page importer: OCR'd plain text of newspaper pages → proposed articles.
//
// Pipeline (one file per step, each readable alone):
//   pages.ts          a file → pages, at their 第0X版 headers
//   normalise.ts      raw text → clean lines with the blank-line gaps before them
//   blocks.ts         each line → heading / byline / furniture / caption / own / bare / text
//     dateline.ts, contributors.ts, roles.ts, furniture.ts   what a line is
//   split-stories.ts  blocks → stories (headline stack, bylines, body lines);
//                     story-state.ts holds where the story being built stands
//   article.ts        per story: repair-lines.ts (paragraphs, captions),
//                     fragments.ts (out-of-order pieces), classify.ts,
//                     event-date.ts, confidence.ts (read or guessed)
//   convert.ts        optional traditional → simplified, names listed
//
// Invariant: every character of the page ends up in exactly one place: an
// article field, a fragment, the page's furniture, or the markup list (byline
// brackets, role words, credits, ■ and □ markers). Only whitespace, `#`
// and `**` are dropped without a trace.

import { buildArticle } from "./article";
import { toBlocks } from "./blocks";
import { convertResult } from "./convert";
import { toLines } from "./normalise";
import { note } from "./notes";
import { splitPages } from "./pages";
import { splitStories } from "./split-stories";
import type { ImportedPage, ImportOptions, ImportResult, UnassignedFragment } from "./types";

export type {
  ArticleType, CheckedField, Confidence, ContributorRole, ConvertedName, Credit, DatelineParts,
  DerivedField, ImportedPage, ImportNote, ImportOptions, ImportResult, NoteKey, PageFurniture,
  ProposedArticle, ProposedContributor, UnassignedFragment,
} from "./types";
export { CHECKED_FIELDS } from "./types";
export { guessedFields, reviewOrder } from "./confidence";
export { noteText } from "./notes";

/** One page of text (a file without page headers is one page). */
export function importPage(text: string, options: ImportOptions = {}): ImportResult {
  const split = splitStories(toBlocks(toLines(text)));
  // Text above the first headline (page furniture, a story continued from
  // another page) has no article to go to.
  const fragments: UnassignedFragment[] = split.leading.map((line) => ({
    text: line.text,
    afterArticle: null,
    reason: note("fragmentBeforeFirst"),
  }));
  const articles = split.stories.map((story, index) => buildArticle(story, index, fragments, options));
  const result: ImportResult = { articles, fragments, furniture: split.furniture, markup: split.markup, convertedNames: [] };
  return options.convert ? convertResult(result, options.convert) : result;
}

/**
 * Every page of a file, each imported on its own. A page header's date
 * wins over options.editionDate for the year of that page's dates.
 */
export function importPages(text: string, options: ImportOptions = {}): ImportedPage[] {
  return splitPages(text).map((page) => {
    const date = page.label?.date ?? null;
    const result = importPage(page.text, { ...options, editionDate: date ?? options.editionDate });
    return {
      ...result,
      header: page.header,
      label: page.label ? { number: page.label.number, name: page.label.name } : null,
      date,
      text: page.text,
    };
  });
}

// Fourth to sixth pass, per story: repair its lines into paragraphs, move
// out-of-order pieces to the page's fragments, and fill in the proposal with
// what was read and what was guessed.

import type { Byline } from "./byline";
import { classify } from "./classify";
import { confidenceOf, attentionOf } from "./confidence";
import { findEventDate } from "./event-date";
import { extractFragments } from "./fragments";
import { removeCjkSpaces } from "./normalise";
import { note } from "./notes";
import type { RawStory } from "./raw-story";
import { repairLines } from "./repair-lines";
import type { ImportOptions, ProposedArticle, UnassignedFragment } from "./types";

export function buildArticle(
  story: RawStory,
  index: number,
  fragments: UnassignedFragment[],
  options: ImportOptions,
): ProposedArticle {
  const bylines = [story.byline, ...story.closing].filter((b): b is Byline => b !== null);
  const notes = [...story.notes, ...bylines.flatMap((b) => b.notes)];
  const repaired = repairLines(story.body);
  if (repaired.openEnd) notes.push(note("openEnd"));

  const hasOpening = story.byline !== null || story.column !== null;
  const extracted = extractFragments(repaired.paragraphs, hasOpening);
  for (const f of extracted.fragments) {
    fragments.push({ text: f.text, afterArticle: index, reason: note(f.reason) });
    notes.push(note("fragmentMoved", { text: f.text }));
  }
  const paragraphs = extracted.paragraphs;
  const captions = [...story.captions.map(removeCjkSpaces), ...repaired.captions];

  if (bylines.length === 0 && story.column === null) notes.push(note("noByline"));
  if (story.headline === "") notes.push(note("noHeadline"));
  // Decision: a `(如图)` mention promises a photo, but the OCR text has no
  // caption for it. No placeholder caption is invented (it would be text
  // that is not on the page); the editor is told instead.
  if (captions.length === 0 && paragraphs.some((p) => /如图|如圖/.test(p))) notes.push(note("photoMentioned"));

  // The 电头 is the opening byline's; a story with none may close with one
  // (据新华社). Both printed: both kept.
  const dated = bylines.find((b) => b.dateline !== "");
  const dateline = bylines.map((b) => b.dateline).filter(Boolean).join(" ");
  const contributors = bylines.flatMap((b) => b.contributors);
  const kind = classify({ column: story.column, subheadline: story.subheadline, paragraphs, captions, titles: contributors.map((c) => c.title) });
  // The lead states when it happened; an agency 电头 (新华社北京11月1日电)
  // carries the filing date, the next best guess when the lead has none.
  const fromLead = findEventDate(paragraphs[0], options.editionDate);
  const printedDay = dated?.day ? findEventDate(dated.day, options.editionDate) : null;

  const article: ProposedArticle = {
    kicker: story.kicker,
    headline: story.headline,
    subheadline: story.subheadline,
    dateline,
    datelineParts: { source: dated?.source ?? null, place: dated?.place ?? null, date: printedDay },
    contributors,
    eventDate: fromLead ?? printedDay,
    type: kind.type,
    column: story.column,
    // Decision: the commentary author is only in `author`, not repeated as
    // a contributor, so the name appears exactly once in the output.
    author: story.author,
    paragraphs,
    captions,
    fields: confidenceOf(story, bylines, {
      type: kind.how,
      hasOpening,
      movedFragments: extracted.fragments.length > 0,
      openEnd: repaired.openEnd,
      eventDate: fromLead ? "lead" : printedDay ? "dateline" : "none",
    }),
    attention: 0,
    notes,
  };
  article.attention = attentionOf(article);
  return article;
}

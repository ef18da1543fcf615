// Read or guessed, field by field, and which proposals an editor should look
// at first. "Read" means an unambiguous mark on the page said it (a `#`, a
// ——, a 电头 in a known form, a role word); "guessed" means the importer
// inferred it from a line's shape or position.

import type { Byline } from "./byline";
import type { RawStory } from "./raw-story";
import { CHECKED_FIELDS, type Confidence, type NoteKey, type ProposedArticle } from "./types";

const read = (reason: NoteKey): Confidence => ({ how: "read", reason });
const guessed = (reason: NoteKey): Confidence => ({ how: "guessed", reason });

interface Facts {
  type: Confidence;
  hasOpening: boolean;
  movedFragments: boolean;
  openEnd: boolean;
  eventDate: "lead" | "dateline" | "none";
}

export function confidenceOf(story: RawStory, bylines: Byline[], facts: Facts): ProposedArticle["fields"] {
  return {
    kicker: story.fields.kicker ?? read("nothingPrinted"),
    headline: story.fields.headline ?? (story.headline === "" ? guessed("headlineMissing") : read("headlineFromHeading")),
    subheadline: story.fields.subheadline ?? read("nothingPrinted"),
    dateline: datelineConfidence(story, bylines),
    contributors: contributorsConfidence(story, bylines),
    body: bodyConfidence(facts),
    type: facts.type,
    eventDate: facts.eventDate === "lead" ? read("eventDateLead") : guessed(facts.eventDate === "dateline" ? "eventDateDateline" : "eventDateNone"),
  };
}

function datelineConfidence(story: RawStory, bylines: Byline[]): Confidence {
  if (bylines.length === 0) return story.column !== null ? read("commentaryNoDateline") : guessed("noByline");
  return bylines.some((b) => b.dateline !== "") ? read("datelineRead") : read("datelineNotPrinted");
}

function contributorsConfidence(story: RawStory, bylines: Byline[]): Confidence {
  if (bylines.length === 0) {
    if (story.author !== null) return read("contributorsAuthor");
    return story.column !== null ? guessed("contributorsNone") : guessed("noByline");
  }
  const guess = bylines.flatMap((b) => b.notes).find((n) => n.key === "roleAssumed" || n.key === "correspondentFirst");
  if (guess) return guessed(guess.key);
  return bylines.some((b) => b.contributors.length > 0) ? read("contributorsRead") : read("contributorsNotPrinted");
}

function bodyConfidence(facts: Facts): Confidence {
  if (!facts.hasOpening) return guessed("bodyNoOpening");
  if (facts.movedFragments) return guessed("bodyFragments");
  if (facts.openEnd) return guessed("openEnd");
  return read("bodyRead");
}

/**
 * How much needs a look: each guessed printed field, and each note. Derived
 * fields (type, event date) are always the importer's own conclusion, so
 * they do not count.
 */
export function attentionOf(article: Pick<ProposedArticle, "fields" | "notes">): number {
  const guesses = CHECKED_FIELDS.filter((f) => article.fields[f].how === "guessed").length;
  return guesses + article.notes.length;
}

/** Article indices, the ones needing most attention first, page order among equals. */
export function reviewOrder(articles: Pick<ProposedArticle, "attention">[]): number[] {
  return articles.map((a, i) => ({ a: a.attention, i })).sort((x, y) => y.a - x.a || x.i - y.i).map((x) => x.i);
}

/** Guessed printed fields in a page's proposals: the CLI's summary figure. */
export function guessedFields(articles: Pick<ProposedArticle, "fields">[]): number {
  return articles.reduce((n, a) => n + CHECKED_FIELDS.filter((f) => a.fields[f].how === "guessed").length, 0);
}

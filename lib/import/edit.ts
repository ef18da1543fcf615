// The import desk's working copy of the importer's proposals, and the edits
// an editor makes to it before anything is created. Pure, so it runs in the
// browser and is unit-tested without one.
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import type { ImportedArticleInput } from "@/lib/validation/import";
import { noteText } from "./notes";
import { fromProposal } from "./proposal";
import type { ArticleType, ContributorRole, Credit, ImportResult, ProposedArticle } from "./types";

export interface ImportCard {
  /** Stable across edits, for React keys and element ids. */
  key: string;
  kicker: string;
  headline: string;
  subheadline: string;
  dateline: string;
  contributors: { name: string; role: ContributorRole; credit: Credit | null }[];
  type: ArticleType;
  column: string;
  /** Paragraphs separated by blank lines, as the editor sees them. */
  body: string;
  /** One caption per line. */
  captions: string;
  /** The importer's guesses, for the editor to check, in the editor's language. */
  notes: string[];
  /** Read or guessed per field; null for a card the editor made by splitting. */
  fields: ProposedArticle["fields"] | null;
  /**
   * Higher needs a look sooner (see reviewOrder): the importer's figure,
   * kept through edits so the desk's order does not move under the editor.
   */
  attention: number;
}

export interface PageFragment {
  key: string;
  text: string;
  reason: string;
  /** The article it sat in on the page (the first guess for where it goes). */
  afterArticle: number | null;
}

let counter = 0;
const nextKey = () => `c${++counter}`;

export const paragraphsOf = (body: string) => body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const linesOf = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

/** The proposals as cards; notes and reasons put into the editor's language. */
export function toCards(result: ImportResult, messages: Pick<Messages, "importNotes">): { cards: ImportCard[]; fragments: PageFragment[] } {
  const cards = result.articles.map((proposal) => {
    const input = fromProposal(proposal);
    return {
      key: nextKey(),
      kicker: input.kicker ?? "",
      headline: input.headline,
      subheadline: input.subheadline ?? "",
      dateline: input.dateline,
      contributors: input.contributors.map((c) => ({ ...c, credit: c.credit ?? null })),
      type: input.type,
      column: input.column ?? "",
      body: input.paragraphs.join("\n\n"),
      captions: input.captions.join("\n"),
      notes: proposal.notes.map((n) => noteText(messages, n)),
      fields: proposal.fields,
      attention: proposal.attention,
    };
  });
  const fragments = result.fragments.map((f) => ({ key: nextKey(), ...f, reason: noteText(messages, f.reason) }));
  return { cards, fragments };
}

export function cardToInput(card: ImportCard): ImportedArticleInput {
  return {
    kicker: card.kicker,
    headline: card.headline,
    subheadline: card.subheadline,
    dateline: card.dateline,
    contributors: card.contributors,
    type: card.type,
    column: card.column,
    paragraphs: paragraphsOf(card.body),
    captions: linesOf(card.captions),
  };
}

export function updateCard(cards: ImportCard[], index: number, patch: Partial<ImportCard>): ImportCard[] {
  return cards.map((card, i) => (i === index ? { ...card, ...patch } : card));
}

/** Appends the next article's paragraphs and captions; the next one goes. */
export function mergeWithNext(cards: ImportCard[], index: number): ImportCard[] {
  const [card, next] = [cards[index], cards[index + 1]];
  if (!card || !next) return cards;
  const merged = {
    ...card,
    body: [...paragraphsOf(card.body), ...paragraphsOf(next.body)].join("\n\n"),
    captions: [...linesOf(card.captions), ...linesOf(next.captions)].join("\n"),
  };
  return [...cards.slice(0, index), merged, ...cards.slice(index + 2)];
}

/**
 * Paragraph `at` (counted from 1) and those after it become a new article
 * right after this one, with an empty headline for the editor to write.
 * It takes the card's attention, so the desk shows it right beside the card
 * it came from. Returns null when `at` would leave either article without a
 * paragraph.
 */
export function splitAt(cards: ImportCard[], index: number, at: number): ImportCard[] | null {
  const card = cards[index];
  const paragraphs = card ? paragraphsOf(card.body) : [];
  if (!card || !Number.isInteger(at) || at < 2 || at > paragraphs.length) return null;
  const rest: ImportCard = {
    key: nextKey(),
    kicker: "",
    headline: "",
    subheadline: "",
    dateline: "",
    contributors: [],
    type: "NEWS",
    column: "",
    body: paragraphs.slice(at - 1).join("\n\n"),
    captions: "",
    notes: [],
    fields: null,
    attention: card.attention,
  };
  const kept = { ...card, body: paragraphs.slice(0, at - 1).join("\n\n") };
  return [...cards.slice(0, index), kept, rest, ...cards.slice(index + 1)];
}

export function removeCard(cards: ImportCard[], index: number): ImportCard[] {
  return cards.filter((_, i) => i !== index);
}

/** The fragment becomes the last paragraph of the chosen article. */
export function moveFragment(cards: ImportCard[], fragments: PageFragment[], fragmentKey: string, cardIndex: number) {
  const fragment = fragments.find((f) => f.key === fragmentKey);
  const card = cards[cardIndex];
  if (!fragment || !card) return { cards, fragments };
  return {
    cards: updateCard(cards, cardIndex, { body: [...paragraphsOf(card.body), fragment.text].join("\n\n") }),
    fragments: fragments.filter((f) => f.key !== fragmentKey),
  };
}

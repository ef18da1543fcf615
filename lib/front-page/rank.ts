// What kind of slot an article can fill, and the orders the slots rank by.
// Every order ends on the id, so no two distinct articles ever compare equal
// and the page does not depend on the order the database returned rows in.
import type { AssemblerArticle, Placement } from "./types";

/** An article prepared once: its instant as a number and its edition settled. */
export interface Ranked {
  id: string;
  article: AssemblerArticle;
  /** publishedAt in epoch ms; ISO strings with different offsets compare correctly. */
  time: number;
  /** Effective edition "YYYY-MM-DD", never after today. */
  edition: string;
}

// A lead story is chosen over a top story, a top story over a standard one.
// BRIEF weighs nothing: a brief is never a candidate for the lead.
const WEIGHT: Record<Placement, number> = { LEAD: 3, TOP: 2, STANDARD: 1, BRIEF: 0 };

export function weight(r: Ranked): number {
  return WEIGHT[r.article.placement] ?? 0;
}

/** A brief by type or by the editor's placement: it belongs in the list of briefs. */
export function isBrief(r: Ranked): boolean {
  return r.article.type === "BRIEF" || r.article.placement === "BRIEF";
}

export function isCommentary(r: Ranked): boolean {
  return r.article.type === "COMMENTARY";
}

export function isPhotoStory(r: Ranked): boolean {
  return r.article.type === "PHOTO_STORY";
}

/**
 * May open the page: news, features and photo stories, never a brief or a
 * commentary (an opinion piece leading reads as the paper's news judgment).
 * Types are listed rather than excluded so an unknown type cannot lead.
 */
export function canLead(r: Ranked): boolean {
  const { type } = r.article;
  return (type === "NEWS" || type === "FEATURE" || type === "PHOTO_STORY") && !isBrief(r);
}

/** A lead or top placement on a story that may be a top story. */
export function isTopCandidate(r: Ranked): boolean {
  const { placement } = r.article;
  return canLead(r) && (placement === "LEAD" || placement === "TOP");
}

/** Straight news and features; the other kinds have slots of their own. */
export function isSectionStory(r: Ranked): boolean {
  const { type } = r.article;
  return (type === "NEWS" || type === "FEATURE") && !isBrief(r);
}

type Compare = (a: Ranked, b: Ranked) => number;

// Code-unit order, not localeCompare: the same on every machine and locale.
export const byId: Compare = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const byEditionDesc: Compare = (a, b) => (a.edition < b.edition ? 1 : a.edition > b.edition ? -1 : 0);
const byTimeDesc: Compare = (a, b) => b.time - a.time;
const byWeightDesc: Compare = (a, b) => weight(b) - weight(a);

function chain(...orders: Compare[]): Compare {
  return (a, b) => {
    for (const order of orders) {
      const d = order(a, b);
      if (d !== 0) return d;
    }
    return 0;
  };
}

/** Newest first: current edition before earlier ones, then the latest to go live. */
export const newest = chain(byEditionDesc, byTimeDesc, byId);

/** Top stories: the edition first so today's news outranks yesterday's lead. */
export const topOrder = chain(byEditionDesc, byWeightDesc, byTimeDesc, byId);

/** The lead when nothing has lead placement: the strongest story, however old. */
export const strongest = chain(byWeightDesc, byEditionDesc, byTimeDesc, byId);

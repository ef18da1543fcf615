// Every move an article can make, in one table. The state machine, the desk's
// buttons and the tests all read this table; nothing else decides.
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Action } from "@/lib/auth/policy";

export interface Transition {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  /** The policy action that must be allowed. */
  action: Action;
  /** Return, spike and retract must say why. */
  noteRequired: boolean;
}

export const TRANSITIONS = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", action: "article:submit", noteRequired: false },
  return: { from: ["SUBMITTED", "IN_REVIEW", "APPROVED"], to: "RETURNED", action: "article:return", noteRequired: true },
  // One review stage by default: the editor who approves also publishes.
  publish: { from: ["SUBMITTED", "IN_REVIEW", "APPROVED"], to: "PUBLISHED", action: "article:publish", noteRequired: false },
  // Off every public page, feed and sitemap at once; the URL says it was withdrawn.
  retract: { from: ["PUBLISHED"], to: "RETRACTED", action: "article:retract", noteRequired: true },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;

export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

/** The transitions whose `from` includes this status. */
export function transitionsFrom(status: ArticleStatus): TransitionName[] {
  return TRANSITION_NAMES.filter((name) => (TRANSITIONS[name].from as readonly ArticleStatus[]).includes(status));
}

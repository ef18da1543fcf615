// Every move an article can make, in one table. The state machine, the desk's
// buttons and the tests all read this table; nothing else decides.
// (Who may make a move also depends on the review-stage setting: see the
// policy's article:approve / article:publish.)
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Action } from "@/lib/auth/policy";

export interface Transition {
  from: readonly ArticleStatus[];
  /** Where it goes; `approve` goes to the next stage or APPROVED (see transition.ts). */
  to: ArticleStatus;
  /** The policy action that must be allowed. */
  action: Action;
  /** Return, spike and retract must say why; a sign-off carries an opinion. */
  noteRequired: boolean;
}

export const TRANSITIONS = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", action: "article:submit", noteRequired: false },
  // A sign-off of the stage the article waits at (审稿意见 in the note).
  approve: { from: ["SUBMITTED", "IN_REVIEW"], to: "IN_REVIEW", action: "article:approve", noteRequired: false },
  return: { from: ["SUBMITTED", "IN_REVIEW", "APPROVED", "SCHEDULED"], to: "RETURNED", action: "article:return", noteRequired: true },
  // With one stage, "approve and publish" is one step from review.
  publish: { from: ["SUBMITTED", "IN_REVIEW", "APPROVED"], to: "PUBLISHED", action: "article:publish", noteRequired: false },
  schedule: { from: ["SUBMITTED", "IN_REVIEW", "APPROVED"], to: "SCHEDULED", action: "article:schedule", noteRequired: false },
  spike: { from: ["DRAFT", "SUBMITTED", "IN_REVIEW", "APPROVED", "RETURNED", "SCHEDULED"], to: "SPIKED", action: "article:spike", noteRequired: true },
  // Off every public page, feed and sitemap at once; the URL says it was withdrawn.
  retract: { from: ["PUBLISHED"], to: "RETRACTED", action: "article:retract", noteRequired: true },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;

export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

/** The transitions whose `from` includes this status. */
export function transitionsFrom(status: ArticleStatus): TransitionName[] {
  return TRANSITION_NAMES.filter((name) => (TRANSITIONS[name].from as readonly ArticleStatus[]).includes(status));
}

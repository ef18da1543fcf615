// Every move an article can make, in one table: the only list of the states a
// move may start from. The policy says who may make it (its `action`), never
// from where. The state machine, the desk's buttons and the tests all read
// this table; nothing else decides (docs/decisions/0003, 0023).
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Action } from "@/lib/auth/policy";
import type { Rule } from "@/lib/rule-refusal";

export interface Transition {
  from: readonly ArticleStatus[];
  /** With more than one review stage, publishing waits for the last sign-off: the move starts only from these. */
  fromWithStages?: readonly ArticleStatus[];
  /** Where it goes; `approve` goes to the next stage or APPROVED (see transition.ts). */
  to: ArticleStatus;
  /** The policy action that says who may make the move; null when no one asks for it (the clock does). */
  action: Action | null;
  /** Return, spike, retract and correct must say why; a sign-off carries an opinion. */
  noteRequired: boolean;
  /**
   * desk: a person asks for the move itself (a button; `transition`).
   * system: the move follows from another step — a due time, a change of
   * text, an archive import, a correction — and lib/workflow makes it there.
   */
  by: "desk" | "system";
  /** False when the step the move is part of has bumped the version already (an edit, a creation). */
  bumpsVersion: boolean;
  /** What the audit log says of a system move. */
  note?: string;
  /** The rule a refusal names when the move cannot start from the article's state (else the general sentence). */
  notFrom?: Rule;
}

const ALL_REVIEW = ["SUBMITTED", "IN_REVIEW", "APPROVED"] as const;

export const TRANSITIONS = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", action: "article:submit", noteRequired: false, by: "desk", bumpsVersion: true },
  // A sign-off of the stage the article waits at (审稿意见 in the note).
  approve: { from: ["SUBMITTED", "IN_REVIEW"], to: "IN_REVIEW", action: "article:approve", noteRequired: false, by: "desk", bumpsVersion: true },
  return: { from: [...ALL_REVIEW, "SCHEDULED"], to: "RETURNED", action: "article:return", noteRequired: true, by: "desk", bumpsVersion: true },
  // With one stage, "approve and publish" is one step from review; with more, only after the last sign-off.
  publish: { from: ALL_REVIEW, fromWithStages: ["APPROVED"], to: "PUBLISHED", action: "article:publish", noteRequired: false, by: "desk", bumpsVersion: true },
  schedule: { from: ALL_REVIEW, fromWithStages: ["APPROVED"], to: "SCHEDULED", action: "article:schedule", noteRequired: false, by: "desk", bumpsVersion: true },
  spike: { from: ["DRAFT", ...ALL_REVIEW, "RETURNED", "SCHEDULED"], to: "SPIKED", action: "article:spike", noteRequired: true, by: "desk", bumpsVersion: true },
  // Off every public page, feed and sitemap at once; the URL says it was withdrawn.
  retract: { from: ["PUBLISHED"], to: "RETRACTED", action: "article:retract", noteRequired: true, by: "desk", bumpsVersion: true },
  // 撤回: the reporter takes a submitted story back to their drafts while no reviewer has acted on it (PRODUCT §3).
  recall: { from: ["SUBMITTED"], to: "DRAFT", action: "article:recall", noteRequired: false, by: "desk", bumpsVersion: true, notFrom: "recall_too_late" },
  // 调整版位: a published story changes section, placement or page without leaving the readers (transition.ts records what moved).
  replace: { from: ["PUBLISHED"], to: "PUBLISHED", action: "article:replace", noteRequired: false, by: "desk", bumpsVersion: true },

  // The scheduled time has come (scheduler.ts). Credited to whoever scheduled it.
  publishDue: { from: ["SCHEDULED"], to: "PUBLISHED", action: null, noteRequired: false, by: "system", bumpsVersion: true, note: "scheduled time reached" },
  // The text changed under sign-offs: those above the changer's stage are void and it waits there again (text-change.ts).
  voidSignOffs: {
    from: ["IN_REVIEW", "APPROVED", "SCHEDULED"], to: "IN_REVIEW", action: "article:edit", noteRequired: false, by: "system", bumpsVersion: false,
    note: "text changed: sign-offs voided",
  },
  // A printed page imported into the archive: created as a draft, published as it ran (lib/import/create.ts).
  archiveImport: { from: ["DRAFT"], to: "PUBLISHED", action: "article:import-publish", noteRequired: false, by: "system", bumpsVersion: false, note: "archive import" },
  // 更正: new text and a public note; the article stays published (correct.ts).
  correct: { from: ["PUBLISHED"], to: "PUBLISHED", action: "article:correct", noteRequired: true, by: "system", bumpsVersion: false },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;
/** The moves a person asks for with a button. */
export type DeskMove = { [N in TransitionName]: (typeof TRANSITIONS)[N]["by"] extends "desk" ? N : never }[TransitionName];

export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];
export const DESK_MOVES = TRANSITION_NAMES.filter((name) => TRANSITIONS[name].by === "desk") as DeskMove[];

/** The states a move may start from under the review-stage setting. */
export function fromStates(name: TransitionName, stageCount = 1): readonly ArticleStatus[] {
  const rule: Transition = TRANSITIONS[name];
  return stageCount > 1 && rule.fromWithStages ? rule.fromWithStages : rule.from;
}

/** The desk moves that may start from this status. */
export function transitionsFrom(status: ArticleStatus, stageCount = 1): DeskMove[] {
  return DESK_MOVES.filter((name) => fromStates(name, stageCount).includes(status));
}

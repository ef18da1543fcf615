// What the desk may offer a person on an article now: a move whose
// from-states (the table) include the article's state and whose action the
// policy grants this person. The state machine checks the same two things.
import { can, type Actor, type ArticleFacts } from "@/lib/auth/policy";
import { DESK_MOVES, fromStates, TRANSITIONS, type DeskMove, type TransitionName } from "./transitions";

/** `article.stageRoles` carries the review-stage setting (one stage when absent). */
export function mayMove(actor: Actor | null, name: TransitionName, article: ArticleFacts): boolean {
  const rule = TRANSITIONS[name];
  if (!rule.action || !fromStates(name, article.stageRoles?.length ?? 1).includes(article.status)) return false;
  return can(actor, rule.action, article);
}

export const deskMovesFor = (actor: Actor | null, article: ArticleFacts): DeskMove[] => DESK_MOVES.filter((name) => mayMove(actor, name, article));

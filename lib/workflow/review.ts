// The 三审 rules: who may sign which stage, and what a change of text does
// to the sign-offs already given (docs/decisions/0010-review-stages.md).
import type { Tx } from "@/lib/database/client";
import { RuleRefusal } from "@/lib/rule-refusal";
import type { Stage } from "./stages";

/** The stage an article waits at: SUBMITTED waits at stage 1. */
export const waitingStage = (article: { status: string; reviewStage: number | null }) =>
  article.status === "SUBMITTED" ? 1 : (article.reviewStage ?? 1);

export const validSignOffs = (tx: Tx, articleId: string) =>
  tx.signOff.findMany({ where: { articleId, voidedAt: null }, orderBy: { stage: "asc" }, select: { id: true, stage: true, signerId: true } });

/**
 * The level this person has signed already, with more than one stage: then
 * they may sign no other (rule 2). The desk asks it before offering the
 * sign-off form; checkSignOff refuses by it.
 */
export function signedLevel(signed: { stage: number; signerId: string; voidedAt?: Date | null }[], signerId: string, stageCount: number): number | null {
  if (stageCount <= 1) return null;
  return signed.find((s) => s.signerId === signerId && !s.voidedAt)?.stage ?? null;
}

/** With more than one stage, no one signs two levels of one article, and each sign-off needs an opinion; a refusal names the rule. */
export async function checkSignOff(tx: Tx, articleId: string, signerId: string, stages: Stage[], opinion: string | null) {
  if (stages.length > 1 && !opinion) throw new RuleRefusal("invalid_input", "opinion_required", "note");
  if (signedLevel(await validSignOffs(tx, articleId), signerId, stages.length) !== null) throw new RuleRefusal("forbidden", "two_levels");
}

/**
 * After the text changed during review: the sign-offs of the changer's own
 * stage and above no longer cover the text, so they are voided and the
 * article waits again at that stage. Stages below stay signed — a higher
 * level may revise what a lower level passed, as 三审 has it. The changer's
 * stage is the one they signed, else the stage the article waits at.
 * Returns the stage it now waits at, or null when nothing changed. The
 * move itself, and the states it applies in, are text-change.ts's.
 */
export async function voidAfterTextChange(tx: Tx, article: { id: string; status: string; reviewStage: number | null }, changerId: string, now: Date) {
  const signed = await validSignOffs(tx, article.id);
  if (signed.length === 0) return null;
  const own = signed.find((s) => s.signerId === changerId);
  const from = own ? own.stage : article.status === "IN_REVIEW" ? waitingStage(article) : Math.min(...signed.map((s) => s.stage));
  const voided = signed.filter((s) => s.stage >= from);
  if (voided.length === 0) return null;
  await tx.signOff.updateMany({ where: { id: { in: voided.map((s) => s.id) } }, data: { voidedAt: now } });
  return from;
}

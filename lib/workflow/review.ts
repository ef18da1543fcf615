// The 三审 rules: who may sign which stage, and what a change of text does
// to the sign-offs already given (docs/decisions/0010-review-stages.md).
import type { Tx } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import type { Stage } from "./stages";

/** The stage an article waits at: SUBMITTED waits at stage 1. */
export const waitingStage = (article: { status: string; reviewStage: number | null }) =>
  article.status === "SUBMITTED" ? 1 : (article.reviewStage ?? 1);

export const validSignOffs = (tx: Tx, articleId: string) =>
  tx.signOff.findMany({ where: { articleId, voidedAt: null }, orderBy: { stage: "asc" }, select: { id: true, stage: true, signerId: true } });

/** With more than one stage, no one signs two levels of one article, and each sign-off needs an opinion. */
export async function checkSignOff(tx: Tx, articleId: string, signerId: string, stages: Stage[], opinion: string | null) {
  if (stages.length > 1 && !opinion) throw new AppError("invalid_input", "opinion required");
  const signed = await validSignOffs(tx, articleId);
  if (stages.length > 1 && signed.some((s) => s.signerId === signerId)) {
    throw new AppError("forbidden", "one person may not sign two levels of the same article");
  }
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

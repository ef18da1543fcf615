// Publishing (or scheduling) waits for proofreading: every round the paper
// requires signed, and no error-severity finding open (fixed, or ignored
// with a reason). A chief editor may go ahead anyway with a reason, which
// is recorded. With no rounds required, nothing waits: the checker is then
// the editor's advice only (docs/decisions/0025-proofreading.md).
import type { DbOrTx, Tx } from "@/lib/database/client";
import type { LockedArticle } from "@/lib/articles/lock";
import { authorize, type Actor } from "@/lib/auth/policy";
import { WordedRefusal } from "@/lib/errors";
import { fill, type Messages } from "@/lib/i18n/messages";
import { articleFindings } from "@/lib/proofread/article/findings";
import { missingRounds, readProofSetting, validProofSignOffs } from "./proof-rounds";
import { roundList } from "./proof-words";

export interface ProofStanding {
  /** Rounds the paper requires (0–3). */
  rounds: number;
  missing: number[];
  openErrors: number;
}

export async function proofStanding(tx: DbOrTx, articleId: string): Promise<ProofStanding> {
  const { rounds } = await readProofSetting(tx);
  if (rounds === 0) return { rounds, missing: [], openErrors: 0 };
  const signed = await validProofSignOffs(tx, articleId);
  const check = await articleFindings(tx, articleId);
  return { rounds, missing: missingRounds(signed, rounds), openErrors: check.rate.errors };
}

export const isComplete = (s: ProofStanding) => s.missing.length === 0 && s.openErrors === 0;

/** What is still to do, in words. */
export function describeStanding(m: Pick<Messages, "proofread">, s: ProofStanding): string {
  const parts = [
    ...(s.missing.length ? [fill(m.proofread.refusals.roundsMissing, { rounds: roundList(m, s.missing) })] : []),
    ...(s.openErrors ? [fill(m.proofread.refusals.errorsLeft, { count: s.openErrors })] : []),
  ];
  return parts.join(m.proofread.refusals.partsSeparator);
}

/**
 * Refuses the publication while proofreading is incomplete, unless a chief
 * editor gives a reason, which is kept with what was missing. Returns the
 * note for the audit event when it was overridden.
 */
export async function checkProofreading(tx: Tx, actor: Actor, article: LockedArticle, override: string | null | undefined, now: Date): Promise<string | null> {
  const standing = await proofStanding(tx, article.id);
  if (isComplete(standing)) return null;
  const reason = override?.trim();
  if (!reason) {
    throw new WordedRefusal("invalid_transition", "proofreading incomplete", (m) => fill(m.proofread.refusals.incomplete, { what: describeStanding(m, standing) }));
  }
  authorize(actor, "proofread:override", article);
  await tx.proofOverride.create({
    data: { articleId: article.id, actorId: actor.id, reason, missingRounds: standing.missing.length, openErrors: standing.openErrors, createdAt: now },
  });
  return `三校未完成放行 · proofreading override: ${reason}`;
}

// The proofreading rounds as the article page shows them: every sign-off
// (voided ones too), the overrides, what is still to do, and the round this
// person could sign now.
import type { Db } from "@/lib/database/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { can, type Actor } from "@/lib/auth/policy";
import { proofStanding } from "./proof-gate";
import { nextRound, PROOF_STATES, readProofSetting } from "./proof-rounds";

export async function proofreadingView(db: Db, actor: Actor, article: { id: string; status: ArticleStatus; createdById: string }) {
  const setting = await readProofSetting(db);
  const [signOffs, overrides, standing] = await Promise.all([
    db.proofSignOff.findMany({
      where: { articleId: article.id },
      orderBy: [{ createdAt: "asc" }, { round: "asc" }],
      select: { id: true, round: true, fixed: true, ignored: true, left: true, note: true, createdAt: true, voidedAt: true, signerId: true, signer: { select: { name: true } } },
    }),
    db.proofOverride.findMany({ where: { articleId: article.id }, orderBy: { createdAt: "asc" }, select: { id: true, reason: true, createdAt: true, actor: { select: { name: true } } } }),
    proofStanding(db, article.id),
  ]);
  const valid = signOffs.filter((s) => !s.voidedAt);
  const next = nextRound(valid, setting.rounds);
  const maySign =
    next !== null &&
    PROOF_STATES.includes(article.status) &&
    !valid.some((s) => s.signerId === actor.id) &&
    can(actor, "proofread:sign", { ...article, proofRole: setting.role });
  return { setting, signOffs, overrides, standing, next, maySign };
}

export type ProofreadingView = Awaited<ReturnType<typeof proofreadingView>>;

/** How many rounds each article has signed (voided ones not counted), for the review queue. */
export async function signedRounds(db: Db, articleIds: string[]): Promise<Map<string, number>> {
  if (articleIds.length === 0) return new Map();
  const groups = await db.proofSignOff.groupBy({ by: ["articleId"], where: { articleId: { in: articleIds }, voidedAt: null }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.articleId, g._count._all]));
}

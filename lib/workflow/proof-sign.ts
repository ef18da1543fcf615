// Signing a proofreading round (一校 → 二校 → 三校), and what a change of
// the text does to the rounds already signed. Like a review sign-off
// (review.ts, decision 0010): bound to the exact revision read, one person
// one round, and voided from the changer's round up when the text changes.
// No status changes here: proofreading sits beside review, and publishing
// waits for it (proof-gate.ts).
import type { Db, Tx } from "@/lib/database/client";
import { lockArticle, type LockedArticle } from "@/lib/articles/lock";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError, WordedRefusal } from "@/lib/errors";
import { fill } from "@/lib/i18n/messages";
import { countFixed, type ArticleTexts } from "@/lib/proofread/article/check";
import { articleFindings } from "@/lib/proofread/article/findings";
import { photoCaptions, textsOf } from "@/lib/proofread/article/texts";
import { parseSnapshot } from "@/lib/revisions/snapshot";
import { recordRevision } from "@/lib/revisions/record";
import { nextRound, PROOF_STATES, readProofSetting, validProofSignOffs, type RoundSignOff } from "./proof-rounds";
import { roundName } from "./proof-words";

export interface SignRoundInput {
  articleId: string;
  /** The round the proofreader means to sign; it must be the next one. */
  round: number;
  /** The version the proofreader read: a newer text must be read first. */
  expectedVersion: number;
  note?: string | null;
  now?: Date;
}

export async function signProofRound(db: Db, actor: Actor, input: SignRoundInput): Promise<{ version: number; round: number }> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const article = await lockArticle(tx, input.articleId);
    authorize(actor, "article:read", article);
    if (article.version !== input.expectedVersion) throw new AppError("conflict");
    const setting = await readProofSetting(tx);
    if (setting.rounds === 0 || !PROOF_STATES.includes(article.status)) throw new AppError("invalid_transition", `no proofreading round in ${article.status}`);
    authorize(actor, "proofread:sign", { ...article, proofRole: setting.role });

    const signed = await validProofSignOffs(tx, article.id);
    const round = nextRound(signed, setting.rounds);
    if (round === null || round !== input.round) {
      throw new WordedRefusal("invalid_transition", "round out of order", (m) =>
        round === null ? m.proofread.refusals.allSigned : fill(m.proofread.refusals.outOfOrder, { round: roundName(m, round) }),
      );
    }
    const own = signed.find((s) => s.signerId === actor.id);
    if (own) {
      throw new WordedRefusal("forbidden", "one person may not sign two rounds", (m) => fill(m.proofread.refusals.samePerson, { round: roundName(m, own.round) }));
    }

    const check = await articleFindings(tx, article.id);
    if (check.rate.errors > 0) {
      throw new WordedRefusal("invalid_transition", "errors open", (m) => fill(m.proofread.refusals.errorsOpen, { count: check.rate.errors }));
    }
    const start = await roundStart(tx, article.id, signed);
    const fixed = start ? countFixed((await articleFindings(tx, article.id, start)).open, [...check.open, ...check.ignored]) : 0;

    // Like an approval, a sign-off is a write: the version moves, so nobody
    // signs text they have not seen, and the revision it read is kept whole.
    const { version } = await tx.article.update({ where: { id: article.id }, data: { version: { increment: 1 } }, select: { version: true } });
    const revision = await recordRevision(tx, { articleId: article.id, version, kind: "PROOFREAD", authorId: actor.id });
    await tx.proofSignOff.create({
      data: {
        articleId: article.id,
        round,
        signerId: actor.id,
        revisionId: revision.id,
        fixed,
        ignored: check.ignored.length,
        left: check.open.length,
        note: input.note?.trim() || null,
        createdAt: now,
      },
    });
    return { version, round };
  });
}

/**
 * The text a round started from: what the round before it signed, or for
 * 一校 the copy as filed (the last submission). Fixed findings are counted
 * against it.
 */
async function roundStart(tx: Tx, articleId: string, signed: RoundSignOff[]): Promise<ArticleTexts | null> {
  const previous = signed.at(-1);
  const revision = previous
    ? await tx.proofSignOff.findUnique({ where: { id: previous.id }, select: { revision: { select: { snapshot: true } } } }).then((s) => s?.revision)
    : await tx.articleRevision.findFirst({ where: { articleId, kind: "SUBMIT" }, orderBy: [{ version: "desc" }], select: { snapshot: true } });
  if (!revision) return null;
  return textsOf(parseSnapshot(revision.snapshot), await photoCaptions(tx, articleId));
}

/**
 * After the text changed: the rounds from the changer's own round up no
 * longer cover it, and are voided. Someone who signed no round changes the
 * text the next round will read, so nothing is voided — unless every
 * required round is signed, when nobody would read the change: then every
 * round is. So once every round is signed, the last one read the text as
 * it stands. Returns the voided rounds.
 */
export async function voidProofAfterTextChange(tx: Tx, article: LockedArticle, changerId: string, now: Date): Promise<number[]> {
  const signed = await validProofSignOffs(tx, article.id);
  if (signed.length === 0) return [];
  const { rounds } = await readProofSetting(tx);
  const own = signed.find((s) => s.signerId === changerId);
  const from = own ? own.round : nextRound(signed, rounds) === null ? 1 : Infinity;
  const voided = signed.filter((s) => s.round >= from);
  if (voided.length === 0) return [];
  await tx.proofSignOff.updateMany({ where: { id: { in: voided.map((s) => s.id) } }, data: { voidedAt: now } });
  return voided.map((s) => s.round);
}

/** Back to the reporter: the copy will be filed again and read again from 一校. */
export async function voidAllProofRounds(tx: Tx, articleId: string, now: Date) {
  await tx.proofSignOff.updateMany({ where: { articleId, voidedAt: null }, data: { voidedAt: now } });
}

// The moves a person asks for (the desk's buttons): row lock, version check,
// the table's from-states and the policy's who (move.ts), then what each move
// writes besides the status — sign-offs, placement — and the notices, all in
// one transaction.
import type { Db, Tx } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus, ArticleType, Placement } from "@/lib/generated/prisma/enums";
import { lockArticle, type LockedArticle } from "@/lib/articles/lock";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { RuleRefusal } from "@/lib/rule-refusal";
import { notifyTransition } from "@/lib/notifications";
import { assertPhotosComplete } from "@/lib/media/publish-check";
import { recordRevision } from "@/lib/revisions/record";
import { checkMove, writeMove } from "./move";
import { checkProofreading } from "./proof-gate";
import { voidAllProofRounds } from "./proof-sign";
import { replacementOf, type Layout } from "./replace";
import { checkSignOff, waitingStage } from "./review";
import { readStages, type Stage } from "./stages";
import { TRANSITIONS, type DeskMove } from "./transitions";

export interface TransitionInput {
  articleId: string;
  name: DeskMove;
  /** The version the actor was looking at; a newer one means someone else acted. */
  expectedVersion: number;
  /** The reason (return, spike, retract) or the reviewer's opinion (approve). */
  note?: string | null;
  /** Set together with publishing, scheduling or re-placing: section, placement, type, edition and page. */
  placement?: {
    sectionId: string | null;
    placement: Placement;
    type?: ArticleType;
    editionDate?: Date | null;
    pageNumber?: number | null;
    pageName?: string | null;
  };
  /** When a scheduled article goes live. */
  publishAt?: Date;
  /** Publishing or scheduling although proofreading is incomplete: the chief editor's reason (proof-gate.ts). */
  proofOverride?: string | null;
  now?: Date;
}

export interface TransitionResult {
  id: string;
  slug: string;
  status: ArticleStatus;
  version: number;
  sectionId: string | null;
  reviewStage: number | null;
}

export async function transition(db: Db, actor: Actor, input: TransitionInput): Promise<TransitionResult> {
  const rule = TRANSITIONS[input.name];
  // System moves are made by the step they follow from, never asked for.
  if (rule.by !== "desk") throw new AppError("invalid_transition", `${input.name} is not a desk move`);
  const note = input.note?.trim() || null;
  if (rule.noteRequired && !note) throw new AppError("invalid_input", "note required");
  const now = input.now ?? new Date();

  return db.$transaction(async (tx) => {
    // Two people acting at once are serialised by the row lock; the second
    // then sees the first one's version and gets a conflict.
    const current = await lockArticle(tx, input.articleId);
    // Someone who may see the article learns first that it changed under
    // them; only then is the move itself checked: from where, then by whom.
    authorize(actor, "article:read", current);
    if (current.version !== input.expectedVersion) throw new AppError("conflict");
    const stages = await readStages(tx);
    await checkMove(tx, actor, current, input.name, stages);
    // Filed for review or going out to readers: every photo with a picture
    // needs its caption, credit and alt text first (PRODUCT §2; lib/media/publish-check.ts).
    if (input.name === "submit" || input.name === "publish" || input.name === "schedule") await assertPhotosComplete(tx, input.articleId);
    // Going out to readers waits for the proofreading rounds too (三校), unless a chief editor says why not.
    const going = input.name === "publish" || input.name === "schedule";
    const overridden = going ? await checkProofreading(tx, actor, current, input.proofOverride, now) : null;
    if (input.placement?.sectionId) {
      const section = await tx.section.findUnique({ where: { id: input.placement.sectionId }, select: { id: true } });
      if (!section) throw new AppError("invalid_input", "unknown section");
    }

    const next = await nextState(tx, actor, input, current, stages, note, now);
    const article = await writeMove(tx, current, input.name, {
      actorId: actor.id,
      now,
      to: "to" in next ? next.to : undefined,
      data: { ...next.data, ...(input.placement ?? {}) },
      note: [note, overridden].filter(Boolean).join("\n") || null,
      stage: next.stage,
      detail: next.detail,
    });
    // Returned, published, or waiting for someone's sign-off: tell them, in the same transaction.
    const waitingAt = article.status === "SUBMITTED" ? 1 : article.status === "IN_REVIEW" ? article.reviewStage : null;
    const actorName = (await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } }))?.name ?? "";
    await notifyTransition(tx, {
      articleId: article.id,
      articleCreatedById: current.createdById,
      actor: { id: actor.id, name: actorName },
      to: article.status,
      note,
      stageRole: waitingAt ? (stages[waitingAt - 1]?.role ?? null) : null,
    });
    return article;
  });
}

/** What each move writes besides its status (the table's `to`, or approve's next stage), the version and the audit event. */
async function nextState(
  tx: Tx,
  actor: Actor,
  input: TransitionInput,
  current: LockedArticle,
  stages: Stage[],
  note: string | null,
  now: Date,
): Promise<{ to?: "IN_REVIEW" | "APPROVED"; data: Prisma.ArticleUncheckedUpdateInput; stage: number | null; detail?: Prisma.InputJsonValue }> {
  const stage = waitingStage(current);
  const signOff = async () => {
    await checkSignOff(tx, input.articleId, actor.id, stages, note);
    const revision = await recordRevision(tx, { articleId: input.articleId, version: current.version + 1, kind: "APPROVAL", authorId: actor.id });
    await tx.signOff.create({ data: { articleId: input.articleId, stage, signerId: actor.id, opinion: note ?? "", revisionId: revision.id, createdAt: now } });
  };
  // With one stage, publishing straight from review is the stage's sign-off.
  const inReview = current.status === "SUBMITTED" || current.status === "IN_REVIEW";

  switch (input.name) {
    case "submit":
      await recordRevision(tx, { articleId: input.articleId, version: current.version + 1, kind: "SUBMIT", authorId: actor.id });
      return { data: { reviewStage: null }, stage: 1 };
    case "approve":
      await signOff();
      return stage < stages.length
        ? { to: "IN_REVIEW" as const, data: { reviewStage: stage + 1 }, stage }
        : { to: "APPROVED" as const, data: { reviewStage: null }, stage };
    case "publish":
      if (inReview) await signOff();
      return { data: { reviewStage: null, publishedAt: now }, stage: null };
    case "schedule":
      if (!input.publishAt || input.publishAt.getTime() <= now.getTime()) throw new AppError("invalid_input", "publish time must be in the future");
      if (inReview) await signOff();
      return { data: { reviewStage: null, publishedAt: input.publishAt }, stage: null };
    case "return":
      // Back to the reporter: whatever was signed must be signed again.
      await tx.signOff.updateMany({ where: { articleId: input.articleId, voidedAt: null }, data: { voidedAt: now } });
      await voidAllProofRounds(tx, input.articleId, now);
      return { data: { reviewStage: null, publishedAt: null }, stage: null };
    case "spike":
      return { data: { reviewStage: null, publishedAt: null }, stage: null };
    case "retract":
      return { data: { reviewStage: null }, stage: null };
    case "recall":
      // Back in the reporter's drafts, as if never filed: no reviewer has
      // signed yet, and a proofreading round read before is read again, as after a return.
      await voidAllProofRounds(tx, input.articleId, now);
      return { data: { reviewStage: null }, stage: null };
    case "replace":
      return { data: {}, stage: null, detail: { replaced: await replacement(tx, input) } };
  }
}

/** What a re-placement moves, before and after; moving nothing is refused, so the history never records a move that was none. */
async function replacement(tx: Tx, input: TransitionInput) {
  const target = input.placement;
  if (!target) throw new AppError("invalid_input", "placement required");
  const layoutColumns = { placement: true, type: true, editionDate: true, pageNumber: true, pageName: true } as const;
  const sectionNames = { select: { nameZh: true, nameEn: true } } as const;
  const [row, section] = await Promise.all([
    tx.article.findUniqueOrThrow({ where: { id: input.articleId }, select: { ...layoutColumns, section: sectionNames } }),
    target.sectionId ? tx.section.findUnique({ where: { id: target.sectionId }, ...sectionNames }) : null,
  ]);
  const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);
  const names = (s: { nameZh: string; nameEn: string } | null) => (s ? { zh: s.nameZh, en: s.nameEn } : null);
  const before: Layout = { ...row, section: names(row.section), editionDate: day(row.editionDate) };
  const after: Layout = {
    section: names(section),
    placement: target.placement,
    type: target.type ?? row.type,
    editionDate: day(target.editionDate),
    pageNumber: target.pageNumber ?? null,
    pageName: target.pageName ?? null,
  };
  const changes = replacementOf(before, after);
  if (Object.keys(changes).length === 0) throw new RuleRefusal("invalid_input", "replace_unchanged");
  return changes;
}

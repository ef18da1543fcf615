// Moves an article from one state to another: policy check, version check,
// status change and audit event, all in one transaction.
import type { Db } from "@/lib/database/client";
import type { ArticleStatus, Placement } from "@/lib/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { lockArticle } from "@/lib/articles/save";
import { TRANSITIONS, type TransitionName } from "./transitions";

export interface TransitionInput {
  articleId: string;
  name: TransitionName;
  /** The version the actor was looking at; a newer one means someone else acted. */
  expectedVersion: number;
  note?: string | null;
  /** Set together with publishing (an editor's placement decision). */
  placement?: { sectionId: string | null; placement: Placement };
  now?: Date;
}

export interface TransitionResult {
  id: string;
  slug: string;
  status: ArticleStatus;
  version: number;
  sectionId: string | null;
}

export async function transition(db: Db, actor: Actor, input: TransitionInput): Promise<TransitionResult> {
  const rule = TRANSITIONS[input.name];
  const note = input.note?.trim() || null;
  if (rule.noteRequired && !note) throw new AppError("invalid_input", "note required");

  return db.$transaction(async (tx) => {
    // Two editors acting at once are serialised by the row lock; the second
    // then sees the first one's version and gets a conflict.
    const current = await lockArticle(tx, input.articleId);
    // Someone who may see the article learns first that it changed under
    // them; only then is the move itself checked against the current state.
    authorize(actor, "article:read", current);
    if (current.version !== input.expectedVersion) throw new AppError("conflict");
    authorize(actor, rule.action, current);
    if (!(rule.from as readonly ArticleStatus[]).includes(current.status)) {
      throw new AppError("invalid_transition", `${current.status} → ${rule.to}`);
    }

    if (input.placement?.sectionId) {
      const section = await tx.section.findUnique({ where: { id: input.placement.sectionId }, select: { id: true } });
      if (!section) throw new AppError("invalid_input", "unknown section");
    }

    const now = input.now ?? new Date();
    const article = await tx.article.update({
      where: { id: input.articleId },
      data: {
        status: rule.to,
        version: { increment: 1 },
        ...(rule.to === "PUBLISHED" ? { publishedAt: now } : {}),
        ...(input.placement ?? {}),
      },
      select: { id: true, slug: true, status: true, version: true, sectionId: true },
    });
    await tx.workflowEvent.create({
      data: { articleId: article.id, actorId: actor.id, fromStatus: current.status, toStatus: rule.to, note, createdAt: now },
    });
    return article;
  });
}


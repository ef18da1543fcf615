// Correcting a published article (更正): the edit becomes a revision, and a
// correction note is shown on the article and listed publicly.
import type { Db } from "@/lib/database/client";
import { applyText, lockArticle, type SavedArticle } from "@/lib/articles/save";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record";
import type { ArticleFields } from "@/lib/validation/article";

export async function correctArticle(
  db: Db,
  actor: Actor,
  input: { id: string; expectedVersion: number; fields: ArticleFields; note: string; now?: Date },
): Promise<SavedArticle> {
  const note = input.note.trim();
  if (!note) throw new AppError("invalid_input", "correction note required");
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const current = await lockArticle(tx, input.id);
    authorize(actor, "article:read", current);
    if (current.version !== input.expectedVersion) throw new AppError("conflict");
    authorize(actor, "article:correct", current);
    const saved = await applyText(tx, input.id, input.fields);
    const revision = await recordRevision(tx, { articleId: input.id, version: saved.version, kind: "CORRECTION", authorId: actor.id });
    await tx.correction.create({ data: { articleId: input.id, note, actorId: actor.id, revisionId: revision.id, createdAt: now } });
    await tx.workflowEvent.create({
      data: { articleId: input.id, actorId: actor.id, fromStatus: "PUBLISHED", toStatus: "PUBLISHED", note: `更正 · correction: ${note}`, createdAt: now },
    });
    return saved;
  });
}

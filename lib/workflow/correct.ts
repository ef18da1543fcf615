// Correcting a published article (更正): the edit becomes a revision, and a
// correction note is shown on the article and listed publicly. A move of the
// state machine (PUBLISHED → PUBLISHED) with its own audit event.
import type { Db } from "@/lib/database/client";
import { lockArticle } from "@/lib/articles/lock";
import { applyText, type SavedArticle } from "@/lib/articles/save";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record";
import type { ArticleFields } from "@/lib/validation/article";
import { checkMove, writeMove } from "./move";

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
    await checkMove(tx, actor, current, "correct");
    const saved = await applyText(tx, input.id, input.fields);
    const revision = await recordRevision(tx, { articleId: input.id, version: saved.version, kind: "CORRECTION", authorId: actor.id });
    await tx.correction.create({ data: { articleId: input.id, note, actorId: actor.id, revisionId: revision.id, createdAt: now } });
    await writeMove(tx, current, "correct", { actorId: actor.id, now, note: `更正 · correction: ${note}` });
    return saved;
  });
}

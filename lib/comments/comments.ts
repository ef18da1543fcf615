// Editorial notes on an article (staff only, never shown to readers).
import type { Db, DbOrTx } from "@/lib/database/client";
import { authorize, can, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { commentBodySchema } from "@/lib/validation/comments";

async function articleFacts(db: DbOrTx, articleId: string) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { createdById: true, status: true } });
  if (!article) throw new AppError("not_found");
  return article;
}

export async function addComment(db: Db, actor: Actor, articleId: string, body: string, now = new Date()) {
  const text = commentBodySchema.safeParse(body);
  return db.$transaction(async (tx) => {
    const article = await articleFacts(tx, articleId);
    authorize(actor, "comment:add", article);
    if (!text.success) throw new AppError("invalid_input");
    const comment = await tx.comment.create({
      data: { articleId, authorId: actor.id, body: text.data, createdAt: now },
      select: { id: true, author: { select: { name: true } } },
    });
    if (article.createdById !== actor.id) {
      await notify(tx, { userId: article.createdById, kind: "comment", articleId, actorName: comment.author.name, detail: text.data });
    }
    return { id: comment.id };
  });
}

export async function listComments(db: Db, actor: Actor, articleId: string) {
  const article = await articleFacts(db, articleId);
  authorize(actor, "article:read", article);
  const rows = await db.comment.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, body: true, createdAt: true, resolvedAt: true, authorId: true, author: { select: { name: true } } },
  });
  // The panel asks here, not the policy itself, whether to offer "Resolve".
  return rows.map((row) => ({ ...row, canResolve: !row.resolvedAt && can(actor, "comment:resolve", { ...article, commentAuthorId: row.authorId }) }));
}

export type CommentItem = Awaited<ReturnType<typeof listComments>>[number];

export async function resolveComment(db: Db, actor: Actor, commentId: string, now = new Date()) {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { authorId: true, resolvedAt: true, article: { select: { createdById: true, status: true } } },
  });
  if (!comment) throw new AppError("not_found");
  authorize(actor, "article:read", comment.article);
  authorize(actor, "comment:resolve", { ...comment.article, commentAuthorId: comment.authorId });
  // Resolving twice keeps the first resolution.
  await db.comment.updateMany({ where: { id: commentId, resolvedAt: null }, data: { resolvedAt: now, resolvedById: actor.id } });
}

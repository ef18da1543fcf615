// Creating and editing an article's text. Status changes are not made here:
// they belong to the state machine in lib/workflow.
import type { Db, Tx } from "@/lib/database/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import type { ArticleFields } from "@/lib/validation/article";
import { reindexArticles } from "@/lib/search/index-article";
import { makeSlug } from "./slug";

export interface SavedArticle {
  id: string;
  slug: string;
  version: number;
}

const contributorRows = (fields: ArticleFields) =>
  fields.contributors.map((c, position) => ({ position, name: c.name, role: c.role, credit: c.credit ?? null }));

const textColumns = (fields: ArticleFields) => ({
  kicker: fields.kicker ?? null,
  headline: fields.headline,
  subheadline: fields.subheadline ?? null,
  dateline: fields.dateline,
  summary: fields.summary ?? null,
  body: fields.body,
});

export async function createArticle(db: Db, actor: Actor, fields: ArticleFields, now = new Date()): Promise<SavedArticle> {
  authorize(actor, "article:create");
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        ...textColumns(fields),
        slug: makeSlug(fields.headline, now),
        createdById: actor.id,
        contributors: { create: contributorRows(fields) },
      },
      select: { id: true, slug: true, version: true },
    });
    await tx.workflowEvent.create({
      data: { articleId: article.id, actorId: actor.id, fromStatus: null, toStatus: "DRAFT", createdAt: now },
    });
    await reindexArticles(tx, [article.id]);
    return article;
  });
}

/** Saves new text over `expectedVersion`; refuses with `conflict` if someone saved in between. */
export async function updateArticle(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  fields: ArticleFields,
): Promise<SavedArticle> {
  return db.$transaction(async (tx) => {
    const current = await lockArticle(tx, id);
    authorize(actor, "article:read", current);
    if (current.version !== expectedVersion) throw new AppError("conflict");
    authorize(actor, "article:edit", current);
    await tx.articleContributor.deleteMany({ where: { articleId: id } });
    const saved = await tx.article.update({
      where: { id },
      data: {
        ...textColumns(fields),
        version: { increment: 1 },
        contributors: { create: contributorRows(fields) },
      },
      select: { id: true, slug: true, version: true },
    });
    await reindexArticles(tx, [id]);
    return saved;
  });
}

/** Reads the row for update, so concurrent writers queue behind each other. */
export async function lockArticle(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<{ status: ArticleStatus; version: number; createdById: string }[]>`
    SELECT status, version, "createdById" FROM "Article" WHERE id = ${id} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("not_found");
  return row;
}

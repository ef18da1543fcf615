// Creating and editing an article's text. No status is written here: a new
// article is a DRAFT, and the sign-offs an edit voids are a move of the
// state machine in lib/workflow (text-change.ts).
import type { Db, DbOrTx, Tx } from "@/lib/database/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import type { ArticleFields } from "@/lib/validation/article";
import { latestRevision, recordRevision } from "@/lib/revisions/record";
import { richTextToPlain } from "@/lib/rich-text/to-text";
import { reindexArticles } from "@/lib/search/index-article";
import { recordCreation } from "@/lib/workflow/move";
import { afterTextChange } from "@/lib/workflow/text-change";
import { lockArticle } from "./lock";
import { makeSlug } from "./slug";

export interface SavedArticle {
  id: string;
  slug: string;
  version: number;
}

const contributorRows = (fields: ArticleFields) =>
  fields.contributors.map((c, position) => ({ position, name: c.name, role: c.role, credit: c.credit ?? null, userId: c.userId ?? null }));

// A rich body is the source: the plain `body` (search, counts, feeds, diffs)
// is derived from it here, never taken from the client. Text saved without
// one (an old revision restored, the importer) clears it, so readers see
// exactly that text.
const textColumns = (fields: ArticleFields) => ({
  kicker: fields.kicker ?? null,
  headline: fields.headline,
  subheadline: fields.subheadline ?? null,
  dateline: fields.dateline,
  summary: fields.summary ?? null,
  body: fields.bodyJson ? richTextToPlain(fields.bodyJson) : fields.body,
  bodyJson: fields.bodyJson ? (fields.bodyJson as unknown as Prisma.InputJsonObject) : Prisma.DbNull,
});

/** A byline may link only to accounts that exist (a deactivated one keeps its old links). */
async function checkStaffLinks(tx: DbOrTx, fields: ArticleFields) {
  const ids = [...new Set(fields.contributors.map((c) => c.userId).filter((id): id is string => !!id))];
  if (ids.length === 0) return;
  const found = await tx.user.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw new AppError("invalid_input", "staff_unknown");
}

// Also takes a transaction: Prisma 7 joins a nested $transaction to the outer
// one, so an assignment can create its draft and link it atomically.
export async function createArticle(db: DbOrTx, actor: Actor, fields: ArticleFields, now = new Date()): Promise<SavedArticle> {
  authorize(actor, "article:create");
  return db.$transaction(async (tx) => {
    await checkStaffLinks(tx, fields);
    const article = await tx.article.create({
      data: {
        ...textColumns(fields),
        slug: makeSlug(fields.headline, now),
        createdById: actor.id,
        contributors: { create: contributorRows(fields) },
      },
      select: { id: true, slug: true, version: true },
    });
    await recordCreation(tx, { articleId: article.id, actorId: actor.id, now });
    await reindexArticles(tx, [article.id]);
    await recordRevision(tx, { articleId: article.id, version: article.version, kind: "SAVE", authorId: actor.id });
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
  // onlyIn: an autosave writes only while the text is work in progress.
  options: { kind?: "SAVE" | "AUTOSAVE" | "RESTORE"; now?: Date; onlyIn?: ArticleStatus[] } = {},
): Promise<SavedArticle> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const current = await lockArticle(tx, id);
    authorize(actor, "article:read", current);
    if (current.version !== expectedVersion) throw new AppError("conflict");
    authorize(actor, "article:edit", current);
    if (options.onlyIn && !options.onlyIn.includes(current.status)) throw new AppError("invalid_transition");
    const before = await latestRevision(tx, id);
    const saved = await applyText(tx, id, fields);
    // A run of one author's autosaves is kept as one revision (lib/revisions/record.ts).
    // It hashed the text it read: that is the text now saved.
    const revision = await recordRevision(tx, { articleId: id, version: saved.version, kind: options.kind ?? "SAVE", authorId: actor.id }, { coalesce: options.kind === "AUTOSAVE", now });
    // Editing during review: sign-offs of the old text may no longer stand.
    if (before && before.textHash !== revision.textHash) await afterTextChange(tx, actor, current, now);
    return saved;
  });
}

/** Writes new text and byline, bumps the version and refreshes the search index. */
export async function applyText(tx: Tx, id: string, fields: ArticleFields): Promise<SavedArticle> {
  await checkStaffLinks(tx, fields);
  await tx.articleContributor.deleteMany({ where: { articleId: id } });
  const saved = await tx.article.update({
    where: { id },
    data: { ...textColumns(fields), version: { increment: 1 }, contributors: { create: contributorRows(fields) } },
    select: { id: true, slug: true, version: true },
  });
  await reindexArticles(tx, [id]);
  return saved;
}

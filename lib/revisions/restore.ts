// Restoring an old revision is an edit like any other: it goes through
// updateArticle, so the version check, the edit permission and the 三审 rule
// (a change of text voids the sign-offs after it) all apply, and the restored
// text becomes a new revision of kind RESTORE. Nothing is ever rewound.
import type { Db } from "@/lib/database/client";
import type { ContributorRole, Credit } from "@/lib/generated/prisma/enums";
import { updateArticle, type SavedArticle } from "@/lib/articles/save";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import type { ArticleFields } from "@/lib/validation/article";
import { parseSnapshot, type RevisionSnapshot } from "./snapshot";

export function snapshotFields(snapshot: RevisionSnapshot): ArticleFields {
  return {
    kicker: snapshot.kicker,
    headline: snapshot.headline,
    subheadline: snapshot.subheadline,
    dateline: snapshot.dateline || "本报讯",
    summary: snapshot.summary,
    body: snapshot.body,
    bodyJson: (snapshot.bodyJson ?? null) as ArticleFields["bodyJson"],
    contributors: snapshot.contributors.map((c) => ({ name: c.name, role: c.role as ContributorRole, credit: (c.credit as Credit | null) ?? null })),
  };
}

export async function restoreRevision(
  db: Db,
  actor: Actor,
  articleId: string,
  revisionId: string,
  expectedVersion: number,
  now = new Date(),
): Promise<SavedArticle> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { createdById: true, status: true } });
  if (!article) throw new AppError("not_found");
  // Only someone who may see the article learns whether the revision exists.
  authorize(actor, "article:read", article);
  const revision = await db.articleRevision.findFirst({ where: { id: revisionId, articleId }, select: { snapshot: true } });
  if (!revision) throw new AppError("not_found");
  // A revision that changes after this read (a coalesced autosave) bumps the
  // article's version too, so updateArticle refuses it as a conflict.
  return updateArticle(db, actor, articleId, expectedVersion, snapshotFields(parseSnapshot(revision.snapshot)), { kind: "RESTORE", now });
}

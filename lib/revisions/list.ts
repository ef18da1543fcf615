// What the revisions page reads: the article's revisions, newest first, and
// the two snapshots being compared. Policy applied here, so the page cannot forget.
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { parseSnapshot, type RevisionSnapshot } from "./snapshot";

// Autosaves are coalesced, so even a long-worked article stays well under this.
const MAX_REVISIONS = 500;

export async function loadRevisions(db: Db, actor: Actor, articleId: string, compare?: { from: number; to: number }) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, headline: true, status: true, version: true, createdById: true, reviewStage: true },
  });
  if (!article) throw new AppError("not_found");
  authorize(actor, "article:read", article);

  const [revisions, compared] = await Promise.all([
    db.articleRevision.findMany({
      where: { articleId },
      // Each write bumps the version, so the highest is the newest.
      orderBy: [{ version: "desc" }, { createdAt: "desc" }],
      take: MAX_REVISIONS,
      select: { id: true, kind: true, version: true, createdAt: true, author: { select: { name: true } } },
    }),
    compare
      ? db.articleRevision.findMany({ where: { articleId, version: { in: [compare.from, compare.to] } }, select: { version: true, snapshot: true } })
      : [],
  ]);
  const snapshot = (version: number | undefined): RevisionSnapshot | null => {
    const row = compared.find((r) => r.version === version);
    return row ? parseSnapshot(row.snapshot) : null;
  };
  return { article, revisions, from: snapshot(compare?.from), to: snapshot(compare?.to) };
}

export type RevisionHistory = Awaited<ReturnType<typeof loadRevisions>>;

// What the revisions page reads: the article's revisions, newest first, and
// the two snapshots being compared. Policy applied here, so the page cannot forget.
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { parseSnapshot, type RevisionSnapshot } from "./snapshot";

// Autosaves are coalesced, so even a long-worked article stays well under this.
const MAX_REVISIONS = 500;

export interface ComparedRevision {
  version: number;
  snapshot: RevisionSnapshot;
}

/**
 * Versions to compare come from the page's query; by default the latest
 * change (the newest revision against the one before it).
 */
export async function loadRevisions(db: Db, actor: Actor, articleId: string, wanted: { from?: number; to?: number } = {}) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, headline: true, status: true, version: true, createdById: true, reviewStage: true },
  });
  if (!article) throw new AppError("not_found");
  authorize(actor, "article:read", article);

  const revisions = await db.articleRevision.findMany({
    where: { articleId },
    // Each write bumps the version, so the highest is the newest.
    orderBy: [{ version: "desc" }, { createdAt: "desc" }],
    take: MAX_REVISIONS,
    select: { id: true, kind: true, version: true, textHash: true, createdAt: true, author: { select: { name: true } } },
  });
  const to = wanted.to ?? revisions[0]?.version;
  const from = wanted.from ?? revisions[1]?.version ?? to;
  const rows =
    from && to ? await db.articleRevision.findMany({ where: { articleId, version: { in: [from, to] } }, select: { version: true, snapshot: true } }) : [];
  const compared = (version: number | undefined): ComparedRevision | null => {
    const row = rows.find((r) => r.version === version);
    return row ? { version: row.version, snapshot: parseSnapshot(row.snapshot) } : null;
  };
  return { article, revisions, from: compared(from), to: compared(to) };
}

export type RevisionHistory = Awaited<ReturnType<typeof loadRevisions>>;

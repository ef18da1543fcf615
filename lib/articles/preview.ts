// The staff-only preview: an article in any state, shaped exactly as the
// reader's page receives a published one (lib/articles/public.ts), so the
// desk can show it as readers will see it, photos included.
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { cardSelect, toArticle, withBody, type PublicArticle } from "./public";

export async function getArticlePreview(db: Db, actor: Actor, id: string, now = new Date()): Promise<PublicArticle> {
  const row = await db.article.findUnique({
    where: { id },
    select: {
      ...cardSelect,
      createdById: true,
      status: true,
      bodyJson: true,
      corrections: { orderBy: { createdAt: "asc" }, select: { note: true, createdAt: true } },
    },
  });
  if (!row) throw new AppError("not_found");
  const { corrections, bodyJson, createdById, status, ...rest } = row;
  // Whoever may read it in the desk may preview it.
  authorize(actor, "article:read", { createdById, status });
  const article = withBody(toArticle(rest), bodyJson, corrections);
  // Not yet published: dated as if it went out now, as it would.
  return rest.publishedAt ? article : { ...article, publishedAt: now.toISOString() };
}

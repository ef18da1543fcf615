// An article's texts as the checker reads them on the server: the stored
// body and lines, the body's figure captions, then the photo slots'.
import type { DbOrTx } from "@/lib/database/client";
import type { RevisionSnapshot } from "@/lib/revisions/snapshot";
import { figureCaptions } from "@/lib/rich-text/positions";
import type { RichNode } from "@/lib/rich-text/schema";
import { AppError } from "@/lib/errors";
import type { ArticleTexts } from "./check";

type Stored = Pick<RevisionSnapshot, "kicker" | "headline" | "subheadline" | "body" | "bodyJson">;

/** The texts of a stored article or revision snapshot, with the photo slots' captions. */
export const textsOf = (stored: Stored, photoCaptions: string[]): ArticleTexts => ({
  kicker: stored.kicker,
  headline: stored.headline,
  subheadline: stored.subheadline,
  body: stored.body,
  captions: [...figureCaptions(stored.bodyJson as RichNode | null), ...photoCaptions],
});

export async function photoCaptions(db: DbOrTx, articleId: string): Promise<string[]> {
  const photos = await db.articlePhoto.findMany({ where: { articleId }, orderBy: { position: "asc" }, select: { caption: true } });
  return photos.map((p) => p.caption);
}

export async function loadArticleTexts(db: DbOrTx, articleId: string): Promise<ArticleTexts> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { kicker: true, headline: true, subheadline: true, body: true, bodyJson: true } });
  if (!article) throw new AppError("not_found");
  return textsOf(article, await photoCaptions(db, articleId));
}

import type { DbOrTx } from "@/lib/database/client";
import { documentTokens } from "./tokens";

/**
 * Recomputes the search vector of articles from their stored text. Called by
 * every write that changes an article's text, in the same transaction.
 */
export async function reindexArticles(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return;
  const rows = await db.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      kicker: true,
      headline: true,
      subheadline: true,
      summary: true,
      body: true,
      column: true,
      contributors: { select: { name: true } },
    },
  });
  for (const row of rows) {
    await db.$executeRaw`UPDATE "Article" SET "searchVector" = to_tsvector('simple', ${searchTokens(row)}) WHERE id = ${row.id}`;
  }
}

export interface SearchableText {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  summary: string | null;
  column: string | null;
  body: string;
  contributors: { name: string }[];
}

/** The tokens stored in an article's search vector; the bench generator writes the same. */
export function searchTokens(row: SearchableText): string {
  // Headline words count more: they go in twice.
  const text = [row.kicker, row.headline, row.headline, row.subheadline, row.summary, row.column, row.body, ...row.contributors.map((c) => c.name)]
    .filter(Boolean)
    .join("\n");
  return documentTokens(text);
}

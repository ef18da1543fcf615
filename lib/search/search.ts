// Reader search: published, live articles only, best match first.
import type { Db } from "@/lib/database/client";
import { queryTokens } from "./tokens";

export const SEARCH_PAGE_SIZE = 20;

export interface SearchHit {
  id: string;
  slug: string;
  kicker: string | null;
  headline: string;
  summary: string | null;
  body: string;
  publishedAt: Date;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  pages: number;
}

export async function searchArticles(db: Db, query: string, page = 1, now = new Date()): Promise<SearchResult> {
  const tsquery = queryTokens(query.slice(0, 200));
  const safePage = Math.max(1, Math.min(500, Math.floor(page) || 1));
  if (!tsquery) return { hits: [], total: 0, page: safePage, pages: 0 };

  const offset = (safePage - 1) * SEARCH_PAGE_SIZE;
  const [hits, counted] = await Promise.all([
    db.$queryRaw<SearchHit[]>`
      SELECT id, slug, kicker, headline, summary, body, "publishedAt"
      FROM "Article"
      WHERE status = 'PUBLISHED' AND "publishedAt" <= ${now}
        AND "searchVector" @@ to_tsquery('simple', ${tsquery})
      ORDER BY ts_rank("searchVector", to_tsquery('simple', ${tsquery})) DESC, "publishedAt" DESC, id
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ total: bigint }[]>`
      SELECT count(*) AS total FROM "Article"
      WHERE status = 'PUBLISHED' AND "publishedAt" <= ${now}
        AND "searchVector" @@ to_tsquery('simple', ${tsquery})`,
  ]);
  const total = Number(counted[0]?.total ?? 0);
  return { hits, total, page: safePage, pages: Math.ceil(total / SEARCH_PAGE_SIZE) };
}

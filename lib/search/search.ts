// Reader search: published, live articles only, best match first.
import type { Db } from "@/lib/database/client";
import { queryTokens } from "./tokens";

export const SEARCH_PAGE_SIZE = 20;
// Ranking reads each match's whole search vector, and a common word (发展,
// 开发区) matches most of the archive. So only the newest SEARCH_CANDIDATES
// matches are ranked: the cost stays bounded at any archive size, and a
// reader who types a common word gets the best of recent stories. Fewer
// matches than this are all ranked, exactly as before (docs/decisions/0014).
export const SEARCH_CANDIDATES = 500;

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
  /** Matches ranked, at most SEARCH_CANDIDATES. */
  total: number;
  /** More articles match than were ranked (`total` is then SEARCH_CANDIDATES). */
  capped: boolean;
  page: number;
  pages: number;
}

export async function searchArticles(db: Db, query: string, page = 1, now = new Date()): Promise<SearchResult> {
  const tsquery = queryTokens(query.slice(0, 200));
  const safePage = Math.max(1, Math.min(500, Math.floor(page) || 1));
  if (!tsquery) return { hits: [], total: 0, capped: false, page: safePage, pages: 0 };

  const offset = (safePage - 1) * SEARCH_PAGE_SIZE;
  // One query: the newest matches (one more than are ranked, to know whether
  // there are more), the requested page of them by rank, and their count. The
  // LATERAL lookups read each candidate by primary key (their LIMIT 1 keeps
  // the planner from turning them into a hash join over the whole table);
  // the LEFT JOIN keeps the count when the page is empty.
  const rows = await db.$queryRaw<(Partial<SearchHit> & { matched: bigint })[]>`
    WITH matches AS MATERIALIZED (
      SELECT id FROM "Article"
      WHERE status = 'PUBLISHED' AND "publishedAt" <= ${now}
        AND "searchVector" @@ to_tsquery('simple', ${tsquery})
      ORDER BY "publishedAt" DESC, id
      LIMIT ${SEARCH_CANDIDATES + 1}
    ),
    ranked AS (
      SELECT a.id, a."publishedAt", ts_rank(a."searchVector", to_tsquery('simple', ${tsquery})) AS rank
      FROM (SELECT id FROM matches LIMIT ${SEARCH_CANDIDATES}) m
      CROSS JOIN LATERAL (SELECT id, "publishedAt", "searchVector" FROM "Article" WHERE id = m.id LIMIT 1) a
      ORDER BY rank DESC, a."publishedAt" DESC, a.id
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT (SELECT count(*) FROM matches) AS matched, hit.id, hit.slug, hit.kicker, hit.headline, hit.summary, hit.body, hit."publishedAt"
    FROM (SELECT 1) one
    LEFT JOIN ranked r ON true
    LEFT JOIN LATERAL (SELECT id, slug, kicker, headline, summary, body, "publishedAt" FROM "Article" WHERE id = r.id LIMIT 1) hit ON true
    ORDER BY r.rank DESC, r."publishedAt" DESC, r.id`;
  const matched = Number(rows[0]?.matched ?? 0);
  const total = Math.min(matched, SEARCH_CANDIDATES);
  const hits = rows
    .filter((r) => r.id)
    .map((r): SearchHit => ({ id: r.id!, slug: r.slug!, kicker: r.kicker ?? null, headline: r.headline!, summary: r.summary ?? null, body: r.body!, publishedAt: r.publishedAt! }));
  return { hits, total, capped: matched > SEARCH_CANDIDATES, page: safePage, pages: Math.ceil(total / SEARCH_PAGE_SIZE) };
}

import "server-only";
import { unstable_cache } from "next/cache";
import { TAGS } from "@/lib/cache-tags";
import type { Db } from "@/lib/database/client";
import { getDb } from "@/lib/db";
import {
  feedArticles,
  NEWS_WINDOW_MS,
  newsSitemapArticles,
  nextScheduledAt,
  SITEMAP_LIMIT,
  sitemapArticles,
  sitemapSections,
  type FeedArticle,
  type NewsSitemapArticle,
  type SitemapArticle,
} from "./queries";

// Caching and the clock. Every workflow transition expires TAGS.frontPage, so
// publishing, retracting or spiking shows at once. A scheduled article goes
// live with no transition, so each cached list also stores when the next
// scheduled article is due; once a request is past that moment the list is
// out of date, and the request reads the database directly until the cache
// refills. `revalidate` bounds that window (and covers changes made without a
// transition, such as a new section). The cache stores JSON, which is why the
// queries return ISO strings rather than Dates.
const REVALIDATE_SECONDS = 60;
const options = { tags: [TAGS.frontPage], revalidate: REVALIDATE_SECONDS };

interface Snapshot<T> {
  data: T;
  /** When the next scheduled article goes live, if one is waiting. */
  staleAt: string | null;
}

function cachedAtNow<A extends unknown[], T>(key: string, read: (db: Db, now: Date, ...args: A) => Promise<T>) {
  const cached = unstable_cache(
    async (...args: A): Promise<Snapshot<T>> => {
      const db = getDb();
      const now = new Date();
      const [data, staleAt] = await Promise.all([read(db, now, ...args), nextScheduledAt(db, now)]);
      return { data, staleAt };
    },
    ["feeds", key],
    options,
  );
  return async (now: Date, ...args: A): Promise<T> => {
    const snapshot = await cached(...args);
    if (snapshot.staleAt && Date.parse(snapshot.staleAt) <= now.getTime()) return read(getDb(), now, ...args);
    return snapshot.data;
  };
}

const feed = cachedAtNow("feed", (db, now, sectionSlug: string | null) =>
  feedArticles(db, now, { sectionSlug: sectionSlug ?? undefined }),
);

export const cachedFeed = (now: Date, sectionSlug?: string): Promise<FeedArticle[]> => feed(now, sectionSlug ?? null);

const news = cachedAtNow("news-sitemap", (db, now) => newsSitemapArticles(db, now));

/** The two-day window moves on between refills, so its old edge is applied per request. */
export async function cachedNewsSitemap(now: Date): Promise<NewsSitemapArticle[]> {
  const since = new Date(now.getTime() - NEWS_WINDOW_MS).toISOString();
  return (await news(now)).filter((a) => a.publishedAt >= since);
}

// A cache entry holds at most 2 MB, which 50,000 sitemap rows exceed, so the
// list is cached in slices of 5,000. What shifts rows between slices (a
// transition, a scheduled article going live) expires or bypasses every
// slice alike, so the slices agree with each other.
const SLICE = 5_000;
const slice = cachedAtNow("sitemap", (db, now, index: number) =>
  sitemapArticles(db, now, { skip: index * SLICE, take: SLICE }),
);

export async function cachedSitemapArticles(now: Date): Promise<SitemapArticle[]> {
  const all: SitemapArticle[] = [];
  for (let index = 0; index * SLICE < SITEMAP_LIMIT; index++) {
    const rows = await slice(now, index);
    all.push(...rows);
    if (rows.length < SLICE) break;
  }
  return all;
}

export const cachedSections = unstable_cache(() => sitemapSections(getDb()), ["feeds", "sections"], options);

// What feeds and sitemaps may list: published articles whose time has come.
// A scheduled article is PUBLISHED with a future publishedAt and stays out
// until then; drafts, spiked and retracted articles never appear. Results are
// plain JSON (dates as ISO strings) because the route handlers cache them.
import type { Db } from "@/lib/database/client";
import type { ArticleType } from "@/lib/generated/prisma/enums";
import type { BylineContributor } from "@/lib/articles/byline";
import { toParagraphs } from "@/lib/articles/paragraphs";

export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_LIMIT = 50_000;
/** Google News reads at most 1,000 articles per news sitemap. */
const NEWS_LIMIT = 1_000;

export interface SectionRef {
  slug: string;
  nameZh: string;
  nameEn: string;
}

export interface FeedArticle {
  slug: string;
  headline: string;
  type: ArticleType;
  /** The summary, or the first paragraph when there is none. */
  description: string;
  dateline: string;
  publishedAt: string;
  section: SectionRef | null;
  contributors: BylineContributor[];
}

export interface SitemapArticle {
  slug: string;
  updatedAt: string;
  publishedAt: string;
  sectionSlug: string | null;
}

export interface NewsSitemapArticle {
  slug: string;
  headline: string;
  publishedAt: string;
}

const live = (now: Date) => ({ status: "PUBLISHED" as const, publishedAt: { lte: now } });
const iso = (date: Date | null) => (date ?? new Date(0)).toISOString();

export async function feedArticles(
  db: Db,
  now: Date,
  { sectionSlug, limit = 50 }: { sectionSlug?: string; limit?: number } = {},
): Promise<FeedArticle[]> {
  const rows = await db.article.findMany({
    where: { ...live(now), ...(sectionSlug ? { section: { slug: sectionSlug } } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      slug: true,
      headline: true,
      type: true,
      summary: true,
      body: true,
      dateline: true,
      publishedAt: true,
      section: { select: { slug: true, nameZh: true, nameEn: true } },
      contributors: { orderBy: { position: "asc" }, select: { name: true, role: true, credit: true } },
    },
  });
  // The body is reduced to its first paragraph here so the cached list stays small.
  return rows.map(({ summary, body, publishedAt, ...row }) => ({
    ...row,
    description: summary?.trim() || toParagraphs(body)[0] || "",
    publishedAt: iso(publishedAt),
  }));
}

/** Newest first; `skip`/`take` let the caller cache the list in slices. */
export async function sitemapArticles(
  db: Db,
  now: Date,
  { skip = 0, take = SITEMAP_LIMIT }: { skip?: number; take?: number } = {},
): Promise<SitemapArticle[]> {
  const rows = await db.article.findMany({
    where: live(now),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip,
    take: Math.min(take, SITEMAP_LIMIT),
    select: { slug: true, updatedAt: true, publishedAt: true, section: { select: { slug: true } } },
  });
  return rows.map((r) => ({
    slug: r.slug,
    updatedAt: iso(r.updatedAt),
    publishedAt: iso(r.publishedAt),
    sectionSlug: r.section?.slug ?? null,
  }));
}

/** Google News wants only articles from the last two days. */
export async function newsSitemapArticles(db: Db, now: Date): Promise<NewsSitemapArticle[]> {
  const rows = await db.article.findMany({
    where: { status: "PUBLISHED", publishedAt: { lte: now, gte: new Date(now.getTime() - NEWS_WINDOW_MS) } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: NEWS_LIMIT,
    select: { slug: true, headline: true, publishedAt: true },
  });
  return rows.map((r) => ({ ...r, publishedAt: iso(r.publishedAt) }));
}

export async function sitemapSections(db: Db): Promise<SectionRef[]> {
  return db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true, nameZh: true, nameEn: true } });
}

/**
 * When the next scheduled article goes live: a cached list read before that
 * moment is out of date from then on, though no workflow transition says so.
 */
export async function nextScheduledAt(db: Db, now: Date): Promise<string | null> {
  const next = await db.article.findFirst({
    where: { status: "PUBLISHED", publishedAt: { gt: now } },
    orderBy: { publishedAt: "asc" },
    select: { publishedAt: true },
  });
  return next?.publishedAt?.toISOString() ?? null;
}

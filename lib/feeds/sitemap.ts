// sitemap.xml and the Google News sitemap, written by hand like the feed.
import type { NewsSitemapArticle, SectionRef, SitemapArticle } from "./queries";
import { SITEMAP_LIMIT } from "./queries";
import { articleUrl, PAPER_NAME, sectionUrl, siteUrl } from "./site";
import { element, XML_DECLARATION } from "./xml";

export interface SitemapUrl {
  loc: string;
  lastmod?: string | null;
}

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
// Google's one exception to two-letter codes: Simplified Chinese is "zh-cn"
// (a bare "zh" is not what the News sitemap reference asks for).
const NEWS_LANGUAGE = "zh-cn";

/** An article changes when edited after publication; before that, it dates from publication. */
const lastmodOf = (a: SitemapArticle) => (a.updatedAt > a.publishedAt ? a.updatedAt : a.publishedAt);

/**
 * The front page, every section page and every listed article; a page's
 * lastmod is that of its newest article, so crawlers revisit it when it changes.
 */
export function sitemapUrls(sections: SectionRef[], articles: SitemapArticle[]): SitemapUrl[] {
  const newest = new Map<string | null, string>();
  let front: string | undefined;
  for (const article of articles) {
    const lastmod = lastmodOf(article);
    if (!front || lastmod > front) front = lastmod;
    const current = newest.get(article.sectionSlug);
    if (!current || lastmod > current) newest.set(article.sectionSlug, lastmod);
  }
  return [
    { loc: `${siteUrl()}/`, lastmod: front },
    ...sections.map((s) => ({ loc: sectionUrl(s.slug), lastmod: newest.get(s.slug) })),
    ...articles.map((a) => ({ loc: articleUrl(a.slug), lastmod: lastmodOf(a) })),
  ];
}

export function renderSitemap(urls: SitemapUrl[]): string {
  // One file holds at most 50,000 URLs; the newest articles come first, so
  // the oldest are the ones left out (a sitemap index would list them all).
  const entries = urls
    .slice(0, SITEMAP_LIMIT)
    .map((u) => `<url>${element("loc", u.loc)}${element("lastmod", u.lastmod)}</url>`);
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}">`, ...entries, "</urlset>", ""].join("\n");
}

export function renderNewsSitemap(articles: NewsSitemapArticle[]): string {
  const publication = `<news:publication>${element("news:name", PAPER_NAME)}${element("news:language", NEWS_LANGUAGE)}</news:publication>`;
  const entries = articles.map(
    (a) =>
      `<url>${element("loc", articleUrl(a.slug))}<news:news>${publication}` +
      `${element("news:publication_date", a.publishedAt)}${element("news:title", a.headline)}</news:news></url>`,
  );
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`,
    ...entries,
    "</urlset>",
    "",
  ].join("\n");
}

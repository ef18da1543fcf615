// sitemap.xml, the Google News sitemap and robots.txt.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SitemapArticle } from "./queries";
import { robotsTxt } from "./robots";
import { renderNewsSitemap, renderSitemap, sitemapUrls } from "./sitemap";
import { articleUrl, sectionUrl, siteUrl } from "./site";
import { xmlProblem } from "./well-formed";

beforeEach(() => vi.stubEnv("SITE_URL", "https://news.example.com/paper/"));
afterEach(() => vi.unstubAllEnvs());

const sections = [
  { slug: "news", nameZh: "要闻", nameEn: "News" },
  { slug: "development-zone", nameZh: "开发区", nameEn: "Development Zone" },
];
const row = (slug: string, publishedAt: string, updatedAt: string, sectionSlug: string | null): SitemapArticle => ({
  slug,
  publishedAt,
  updatedAt,
  sectionSlug,
});

describe("site URLs", () => {
  it("come from SITE_URL without a trailing slash, localhost by default", () => {
    expect(siteUrl()).toBe("https://news.example.com/paper");
    expect(articleUrl("2021-11-02-abc")).toBe("https://news.example.com/paper/articles/2021-11-02-abc");
    expect(sectionUrl("news")).toBe("https://news.example.com/paper/sections/news");
    vi.stubEnv("SITE_URL", "");
    expect(siteUrl()).toBe("http://localhost:3000");
    vi.stubEnv("SITE_URL", "news.example.com");
    expect(() => siteUrl()).toThrow(/SITE_URL/);
  });
});

describe("renderSitemap", () => {
  it("lists the front page, the sections and the articles, each dated by its newest change", () => {
    const articles = [
      row("a-new", "2021-11-02T01:00:00.000Z", "2021-11-02T05:00:00.000Z", "development-zone"),
      row("a-old", "2021-11-01T01:00:00.000Z", "2021-10-31T09:00:00.000Z", "news"),
    ];
    const xml = renderSitemap(sitemapUrls(sections, articles));
    expect(xmlProblem(xml)).toBeNull();
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<url><loc>https://news.example.com/paper/</loc><lastmod>2021-11-02T05:00:00.000Z</lastmod></url>");
    expect(xml).toContain(
      "<url><loc>https://news.example.com/paper/sections/news</loc><lastmod>2021-11-01T01:00:00.000Z</lastmod></url>",
    );
    expect(xml).toContain(
      "<url><loc>https://news.example.com/paper/sections/development-zone</loc><lastmod>2021-11-02T05:00:00.000Z</lastmod></url>",
    );
    // Scheduled before it was last saved: dated by publication.
    expect(xml).toContain(
      "<url><loc>https://news.example.com/paper/articles/a-old</loc><lastmod>2021-11-01T01:00:00.000Z</lastmod></url>",
    );
    expect(xml.match(/<url>/g)).toHaveLength(5);
  });

  it("leaves lastmod out where nothing dates a page, and escapes URLs", () => {
    const xml = renderSitemap([{ loc: "https://news.example.com/?a=1&b=2" }]);
    expect(xmlProblem(xml)).toBeNull();
    expect(xml).toContain("<url><loc>https://news.example.com/?a=1&amp;b=2</loc></url>");
  });
});

describe("renderNewsSitemap", () => {
  it("names the publication and gives each article's date and headline", () => {
    const xml = renderNewsSitemap([
      { slug: "2021-11-02-abc", headline: `开发区"学习" <会议> & 精神`, publishedAt: "2021-11-01T23:00:00.000Z" },
    ]);
    expect(xmlProblem(xml)).toBeNull();
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(xml).toContain(
      "<url><loc>https://news.example.com/paper/articles/2021-11-02-abc</loc><news:news>" +
        "<news:publication><news:name>示例日报</news:name><news:language>zh-cn</news:language></news:publication>" +
        "<news:publication_date>2021-11-01T23:00:00.000Z</news:publication_date>" +
        "<news:title>开发区&quot;学习&quot; &lt;会议&gt; &amp; 精神</news:title></news:news></url>",
    );
  });

  it("is a valid, empty urlset when nothing is recent", () => {
    expect(xmlProblem(renderNewsSitemap([]))).toBeNull();
  });
});

describe("robotsTxt", () => {
  it("opens the paper, closes the newsroom and names both sitemaps", () => {
    const lines = robotsTxt().split("\n");
    expect(lines.slice(0, 2)).toEqual(["User-agent: *", "Allow: /"]);
    for (const path of ["/desk", "/login", "/api", "/zh-CN/desk", "/en/login"]) {
      expect(lines).toContain(`Disallow: ${path}`);
    }
    expect(lines).toContain("Sitemap: https://news.example.com/paper/sitemap.xml");
    expect(lines).toContain("Sitemap: https://news.example.com/paper/news-sitemap.xml");
  });
});

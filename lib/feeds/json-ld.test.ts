// The article page's NewsArticle structured data, and its safe embedding.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { jsonLdScript, newsArticleJsonLd, type JsonLdArticleInput } from "./json-ld";

beforeEach(() => vi.stubEnv("SITE_URL", "https://news.example.com"));
afterEach(() => vi.unstubAllEnvs());

const URL_ = "https://news.example.com/articles/2021-11-02-abc";
const article = (overrides: Partial<JsonLdArticleInput> = {}): JsonLdArticleInput => ({
  headline: "把会议精神转化为强大工作动力",
  kicker: "开发区学习贯彻会议精神",
  subheadline: "副题",
  summary: "摘要。",
  publishedAt: "2021-11-01T23:00:00.000Z",
  updatedAt: "2021-11-02T02:00:00.000Z",
  section: { nameZh: "开发区", nameEn: "Development Zone" },
  contributors: [{ name: "郭坤" }, { name: "曹文娟" }],
  editionDate: "2021-11-02T00:00:00.000Z",
  pageNumber: 3,
  pageName: "开发区",
  imageUrls: ["https://news.example.com/media/1.jpg"],
  ...overrides,
});

describe("newsArticleJsonLd", () => {
  it("describes the article, its people, its print page and the paper", () => {
    expect(newsArticleJsonLd(article(), { url: URL_, locale: "zh-CN" })).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "把会议精神转化为强大工作动力",
      alternativeHeadline: "开发区学习贯彻会议精神 — 副题",
      description: "摘要。",
      datePublished: "2021-11-01T23:00:00.000Z",
      dateModified: "2021-11-02T02:00:00.000Z",
      author: [
        { "@type": "Person", name: "郭坤" },
        { "@type": "Person", name: "曹文娟" },
      ],
      publisher: {
        "@type": "Organization",
        name: "示例日报",
        alternateName: "Copydesk Daily",
        logo: { "@type": "ImageObject", url: "https://news.example.com/logo.svg" },
      },
      image: ["https://news.example.com/media/1.jpg"],
      articleSection: "开发区",
      printEdition: "2021-11-02",
      printPage: "3",
      printSection: "开发区",
      inLanguage: "zh-CN",
      url: URL_,
      mainEntityOfPage: { "@type": "WebPage", "@id": URL_ },
    });
  });

  it("uses whichever of kicker and subheadline exists, and leaves out what the article lacks", () => {
    const onlyKicker = newsArticleJsonLd(
      article({ subheadline: null, summary: null, section: null, editionDate: null, pageNumber: null, pageName: null, imageUrls: undefined, updatedAt: null }),
      { url: URL_, locale: "en" },
    );
    expect(onlyKicker.alternativeHeadline).toBe("开发区学习贯彻会议精神");
    expect(onlyKicker.dateModified).toBe(onlyKicker.datePublished);
    expect(onlyKicker.image).toEqual([]);
    for (const key of ["description", "articleSection", "printEdition", "printPage", "printSection"]) {
      expect(onlyKicker).not.toHaveProperty(key);
    }
    const onlySub = newsArticleJsonLd(article({ kicker: " " }), { url: URL_, locale: "en" });
    expect(onlySub.alternativeHeadline).toBe("副题");
    expect(onlySub.articleSection).toBe("Development Zone");
    expect(newsArticleJsonLd(article({ kicker: null, subheadline: null }), { url: URL_, locale: "zh-CN" })).not.toHaveProperty(
      "alternativeHeadline",
    );
  });
});

describe("jsonLdScript", () => {
  it("cannot close its <script> element, and still parses to the same data", () => {
    const data = newsArticleJsonLd(article({ headline: "</script><script>alert(1)</script> & <!--" }), {
      url: URL_,
      locale: "zh-CN",
    });
    const text = jsonLdScript(data);
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)).toEqual(data);
  });

  it("escapes the line separators that end a line in old JavaScript parsers", () => {
    const text = jsonLdScript({ headline: "a\u2028b\u2029c" });
    expect(text).toBe('{"headline":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(text)).toEqual({ headline: "a\u2028b\u2029c" });
  });
});

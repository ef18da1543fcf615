// The RSS feed is valid XML whatever reporters type, and carries the
// newspaper byline and the section.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sampleFields } from "@/lib/testing/db";
import type { FeedArticle } from "./queries";
import { renderRss } from "./rss";
import { xmlProblem } from "./well-formed";

beforeEach(() => vi.stubEnv("SITE_URL", "https://news.example.com/"));
afterEach(() => vi.unstubAllEnvs());

const article = (overrides: Partial<FeedArticle> = {}): FeedArticle => ({
  slug: "2021-11-02-abc123",
  headline: "把会议精神转化为强大工作动力",
  type: "NEWS",
  description: "第一段。",
  dateline: "本报讯",
  publishedAt: "2021-11-01T23:00:00.000Z",
  section: { slug: "development-zone", nameZh: "开发区", nameEn: "Development Zone" },
  // The sample article's byline: 本报讯 (记者 郭坤 通讯员 曹文娟 文/图).
  contributors: sampleFields().contributors.map((c) => ({ ...c, credit: c.credit ?? null })),
  ...overrides,
});

const render = (items: FeedArticle[]) =>
  renderRss({
    title: "示例日报",
    link: "https://news.example.com/",
    feedUrl: "https://news.example.com/feed.xml",
    description: "示例日报最新报道",
    language: "zh-CN",
    items,
    now: new Date("2021-11-03T00:00:00Z"),
  });

describe("renderRss", () => {
  it("writes the channel and one item per article", () => {
    const xml = render([article(), article({ slug: "2021-11-01-older", publishedAt: "2021-11-01T01:00:00.000Z" })]);
    expect(xmlProblem(xml)).toBeNull();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain("<title>示例日报</title>");
    expect(xml).toContain("<language>zh-CN</language>");
    expect(xml).toContain('<atom:link href="https://news.example.com/feed.xml" rel="self" type="application/rss+xml"/>');
    // Dated by the newest item, so the same articles give the same bytes.
    expect(xml).toContain("<lastBuildDate>Mon, 01 Nov 2021 23:00:00 GMT</lastBuildDate>");
    expect(xml.match(/<item>/g)).toHaveLength(2);

    const item = xml.slice(xml.indexOf("<item>"), xml.indexOf("</item>"));
    expect(item).toContain("<title>把会议精神转化为强大工作动力</title>");
    expect(item).toContain("<link>https://news.example.com/articles/2021-11-02-abc123</link>");
    expect(item).toContain('<guid isPermaLink="true">https://news.example.com/articles/2021-11-02-abc123</guid>');
    expect(item).toContain("<pubDate>Mon, 01 Nov 2021 23:00:00 GMT</pubDate>");
    expect(item).toContain("<description>第一段。</description>");
    expect(item).toContain("<dc:creator>本报讯 (记者 郭坤 通讯员 曹文娟 文/图)</dc:creator>");
    expect(item).toContain("<category>开发区</category>");
  });

  it("escapes markup and quotes and drops control characters", () => {
    const xml = render([
      article({ headline: `<script>alert("x")</script> & 'y'\u0007`, description: "A&B <b>\u0000\uD800", dateline: "新华社 <电>" }),
    ]);
    expect(xmlProblem(xml)).toBeNull();
    expect(xml).toContain("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;</title>");
    expect(xml).toContain("<description>A&amp;B &lt;b&gt;</description>");
    expect(xml).toContain("<dc:creator>新华社 &lt;电&gt; (");
    expect(xml).not.toContain("<script>");
  });

  it("signs a commentary with its author alone, and leaves out what an article lacks", () => {
    const xml = render([
      article({
        type: "COMMENTARY",
        contributors: [{ name: "李清华", role: "REPORTER", credit: "TEXT" }],
        section: null,
        description: "",
      }),
    ]);
    expect(xmlProblem(xml)).toBeNull();
    expect(xml).toContain("<dc:creator>李清华</dc:creator>");
    expect(xml).not.toContain("<category>");
    expect(xml).not.toContain("<description></description>");
  });

  it("is still a valid feed with no items", () => {
    const xml = render([]);
    expect(xmlProblem(xml)).toBeNull();
    expect(xml).toContain("<lastBuildDate>Wed, 03 Nov 2021 00:00:00 GMT</lastBuildDate>");
    expect(xml).not.toContain("<item>");
  });
});

describe("xmlProblem (the test's own checker)", () => {
  it("catches what a parser would refuse", () => {
    expect(xmlProblem("<a><b>x</b></a>")).toBeNull();
    expect(xmlProblem("<a><b>x</a></b>")).toMatch(/wrong element/);
    expect(xmlProblem("<a>x & y</a>")).toMatch(/bare &/);
    expect(xmlProblem("<a>x < y</a>")).toMatch(/malformed tag/);
    expect(xmlProblem('<a href="x&y"/>')).toMatch(/bare &/);
    expect(xmlProblem("<a>\u0001</a>")).toMatch(/forbidden/);
    expect(xmlProblem("<a></a><b></b>")).toMatch(/more than one root/);
    expect(xmlProblem("<a>")).toMatch(/unclosed/);
  });
});

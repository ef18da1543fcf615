// RSS 2.0 written by hand (no dependency): a handful of elements, every value
// escaped through xml.ts. The byline goes in dc:creator because RSS's own
// <author> must be an e-mail address.
import { formatByline } from "@/lib/articles/byline";
import type { FeedArticle } from "./queries";
import { articleUrl } from "./site";
import { element, escapeXml, XML_DECLARATION } from "./xml";

export interface RssChannel {
  title: string;
  /** The page the feed stands for (the front page or a section page). */
  link: string;
  /** The feed's own URL, for atom:self. */
  feedUrl: string;
  description: string;
  language: "zh-CN";
  items: FeedArticle[];
  /** Used for lastBuildDate only when there are no items. */
  now?: Date;
}

/** RFC 822 date, as RSS 2.0 requires: "Tue, 02 Nov 2021 00:00:00 GMT". */
export const rfc822 = (iso: string) => new Date(iso).toUTCString();

function renderItem(article: FeedArticle): string {
  const link = articleUrl(article.slug);
  // The kicker is a line above the headline on paper, not part of the title.
  const byline = formatByline(article.dateline, article.contributors, "zh-CN", {
    commentary: article.type === "COMMENTARY",
  });
  return [
    "<item>",
    element("title", article.headline),
    element("link", link),
    `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
    element("pubDate", rfc822(article.publishedAt)),
    element("description", article.description),
    element("dc:creator", byline),
    element("category", article.section?.nameZh),
    "</item>",
  ].join("");
}

export function renderRss(channel: RssChannel): string {
  // The newest item dates the feed, so the same articles give the same bytes.
  const newest = channel.items[0]?.publishedAt;
  const built = newest ? rfc822(newest) : (channel.now ?? new Date()).toUTCString();
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    element("title", channel.title),
    element("link", channel.link),
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    element("description", channel.description),
    element("language", channel.language),
    element("lastBuildDate", built),
    ...channel.items.map(renderItem),
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

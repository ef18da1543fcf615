// RSS 2.0 of the whole paper. The handler runs per request (route handlers
// are dynamic by default); the database reads behind it are cached and
// expired by workflow transitions (lib/feeds/cached.ts).
import { cachedFeed } from "@/lib/feeds/cached";
import { RSS_TYPE, xmlResponse } from "@/lib/feeds/responses";
import { renderRss } from "@/lib/feeds/rss";
import { PAPER_LANGUAGE, PAPER_NAME, siteUrl } from "@/lib/feeds/site";
import { connection } from "next/server";

export async function GET() {
  // Read at request time (from the cache), never rendered at build time.
  await connection();
  const now = new Date();
  const items = await cachedFeed(now);
  const xml = renderRss({
    title: PAPER_NAME,
    link: `${siteUrl()}/`,
    feedUrl: `${siteUrl()}/feed.xml`,
    description: `${PAPER_NAME}最新报道`,
    language: PAPER_LANGUAGE,
    items,
    now,
  });
  return xmlResponse(xml, RSS_TYPE);
}

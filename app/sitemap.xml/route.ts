// The sitemap: front page, section pages and the newest 50,000 articles.
// A route handler rather than app/sitemap.ts, which Next.js would render once
// at build time, when there may be no database to read.
import { cachedSections, cachedSitemapArticles } from "@/lib/feeds/cached";
import { xmlResponse } from "@/lib/feeds/responses";
import { renderSitemap, sitemapUrls } from "@/lib/feeds/sitemap";
import { connection } from "next/server";

export async function GET() {
  // Read at request time (from the cache), never rendered at build time.
  await connection();
  const [sections, articles] = await Promise.all([cachedSections(), cachedSitemapArticles(new Date())]);
  return xmlResponse(renderSitemap(sitemapUrls(sections, articles)));
}

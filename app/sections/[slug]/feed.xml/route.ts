// RSS 2.0 of one section; 404 for a section that does not exist.
import { cachedFeed, cachedSections } from "@/lib/feeds/cached";
import { RSS_TYPE, xmlResponse } from "@/lib/feeds/responses";
import { renderRss } from "@/lib/feeds/rss";
import { PAPER_LANGUAGE, PAPER_NAME, sectionUrl } from "@/lib/feeds/site";
import { connection } from "next/server";

export async function GET(_request: Request, { params }: RouteContext<"/sections/[slug]/feed.xml">) {
  // Read at request time (from the cache), never rendered at build time.
  await connection();
  const { slug } = await params;
  // Checked against the cached section list first, so an unknown slug costs
  // no query and leaves no cache entry of its own.
  const section = (await cachedSections()).find((s) => s.slug === slug);
  if (!section) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  const now = new Date();
  const xml = renderRss({
    title: `${PAPER_NAME} · ${section.nameZh}`,
    link: sectionUrl(section.slug),
    feedUrl: `${sectionUrl(section.slug)}/feed.xml`,
    description: `${PAPER_NAME}${section.nameZh}栏目最新报道`,
    language: PAPER_LANGUAGE,
    items: await cachedFeed(now, section.slug),
    now,
  });
  return xmlResponse(xml, RSS_TYPE);
}

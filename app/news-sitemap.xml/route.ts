// The Google News sitemap: articles published in the last two days.
import { cachedNewsSitemap } from "@/lib/feeds/cached";
import { xmlResponse } from "@/lib/feeds/responses";
import { renderNewsSitemap } from "@/lib/feeds/sitemap";
import { connection } from "next/server";

export async function GET() {
  // Read at request time (from the cache), never rendered at build time.
  await connection();
  return xmlResponse(renderNewsSitemap(await cachedNewsSitemap(new Date())));
}

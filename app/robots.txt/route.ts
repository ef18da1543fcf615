// robots.txt as a route handler rather than app/robots.ts: the metadata file
// is rendered at build time, and the Sitemap lines need SITE_URL as the
// running server has it.
import { robotsTxt } from "@/lib/feeds/robots";
import { connection } from "next/server";

export async function GET() {
  // Read at request time (from the cache), never rendered at build time.
  await connection();
  return new Response(robotsTxt(), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

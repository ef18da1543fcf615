import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { TAGS } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import { snapshotFrontPage } from "@/lib/public/front-page";
import { publishDueArticles } from "@/lib/workflow/scheduler";
import { schedulerToken } from "@/lib/workflow/scheduler-loop";
import { isCrossSite } from "@/lib/security/same-origin";
import { purgeNginxCache } from "@/lib/serving/nginx";

const sameToken = (given: string | null) => {
  const expected = Buffer.from(schedulerToken());
  const actual = Buffer.from(given ?? "");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};

/** Called by this server's own scheduler (lib/workflow/scheduler-loop.ts) only. */
export async function POST(request: Request) {
  // The scheduler's own call sends no Origin; a browser's never gets here.
  if (isCrossSite(request.method, request.headers)) return new Response(null, { status: 404 });
  if (!sameToken(request.headers.get("x-scheduler-token"))) return new Response(null, { status: 404 });
  const published = await publishDueArticles(getDb());
  if (published.length > 0) {
    // Expire at once (not stale-while-revalidate): the story is due now.
    revalidateTag(TAGS.frontPage, { expire: 0 });
    for (const article of published) revalidateTag(TAGS.article(article.slug), { expire: 0 });
    await snapshotFrontPage(getDb());
    // After the response, when the expiry above has taken effect (lib/public/revalidate.ts).
    after(() => void purgeNginxCache());
  }
  return Response.json({ published: published.length });
}

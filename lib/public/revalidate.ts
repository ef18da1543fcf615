import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { after } from "next/server";
import { TAGS } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import { purgeNginxCache } from "@/lib/serving/nginx";
import { snapshotFrontPage } from "./front-page";

/**
 * After anything that can change what readers see: expire the cached pages
 * at once (updateTag, so the next request renders fresh) — the front page,
 * the article and its section and edition — and keep the edition's front
 * page as it now stands. Server actions only.
 */
export async function afterPublicChange(...slugs: string[]) {
  updateTag(TAGS.frontPage);
  const db = getDb();
  for (const slug of slugs) {
    updateTag(TAGS.article(slug));
    const article = await db.article.findUnique({ where: { slug }, select: { editionDate: true, section: { select: { slug: true } } } });
    if (article?.section) updateTag(TAGS.section(article.section.slug));
    if (article?.editionDate) updateTag(TAGS.edition(article.editionDate.toISOString().slice(0, 10)));
  }
  await snapshotFrontPage(db).catch((error) => console.error("[front-page] snapshot failed", error));
  after(() => void purgeNginxCache());
}

/**
 * A printed page (数字报) changed: its regions (a server action). Every
 * cached read carries the front page's tag, so the page, its edition and
 * the articles that show it ("printed on page 3") are all drawn afresh.
 */
export function afterPageChange(date: string) {
  updateTag(TAGS.frontPage);
  updateTag(TAGS.edition(date));
  after(() => void purgeNginxCache());
}

/** The same from the upload route, where updateTag is not available: expired at once. */
export function afterPageUpload(date: string) {
  revalidateTag(TAGS.frontPage, { expire: 0 });
  revalidateTag(TAGS.edition(date), { expire: 0 });
  after(() => void purgeNginxCache());
}

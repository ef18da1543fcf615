// The publication seam: every change readers can see — a workflow
// transition, a due scheduled publish, an import published into its edition,
// a correction, a printed page uploaded or its regions changed, the front
// page, sections and settings — ends here, and only here (docs/decisions/0031):
//   1. expire Next's cached pages and reads (the front page's tag, which every
//      public read carries, and the article's, section's and edition's own);
//   2. record the edition's front page as it now stands;
//   3. ask the caching proxy to purge (lib/publication/purgers.ts) — after
//      Next's expiry has taken effect, or nginx could fetch the old page
//      again under its new key.
import { after } from "next/server";
import { TAGS } from "@/lib/cache-tags";
import type { Db } from "@/lib/database/client";
import { snapshotFrontPage } from "@/lib/public/front-page";
import { expireTags } from "./expire";
import { purgeEverywhere } from "./purgers";

export interface PublicChange {
  /** Articles whose public page changed (their old slug too, after a rename). */
  slugs?: string[];
  /** Editions whose printed pages changed (YYYY-MM-DD). */
  editions?: string[];
}

export async function publishChange(db: Db, change: PublicChange = {}) {
  const tags = new Set([TAGS.frontPage, ...(change.editions ?? []).map(TAGS.edition)]);
  for (const slug of change.slugs ?? []) {
    tags.add(TAGS.article(slug));
    const article = await db.article.findUnique({ where: { slug }, select: { editionDate: true, section: { select: { slug: true } } } });
    if (article?.section) tags.add(TAGS.section(article.section.slug));
    if (article?.editionDate) tags.add(TAGS.edition(article.editionDate.toISOString().slice(0, 10)));
  }
  const expiry = await expireTags([...tags]);
  await snapshotFrontPage(db).catch((error) => console.error("[front-page] snapshot failed", error));
  // In an action or route, Next applies the expiry when it ends: purge after
  // the response. Elsewhere it has already taken effect.
  if (expiry === "request") after(purgeEverywhere);
  else await purgeEverywhere();
}

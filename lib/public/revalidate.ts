import "server-only";
import { updateTag } from "next/cache";
import { TAGS } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import { snapshotFrontPage } from "./front-page";

/**
 * After anything that can change what readers see: expire the cached pages
 * at once (updateTag, so the next request renders fresh) and keep the
 * edition's front page as it now stands. Server actions only.
 */
export async function afterPublicChange(slug?: string) {
  updateTag(TAGS.frontPage);
  if (slug) updateTag(TAGS.article(slug));
  await snapshotFrontPage(getDb()).catch((error) => console.error("[front-page] snapshot failed", error));
}

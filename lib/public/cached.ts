import "server-only";
import { unstable_cache } from "next/cache";
import { getPublishedArticle, listPublished } from "@/lib/articles/public";
import { TAGS } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";

// Reader pages render from these cached reads and are themselves cached;
// publishing expires the tags (lib/cache-tags.ts), not a timer.
export const cachedFrontPageArticles = unstable_cache(() => listPublished(getDb()), ["front-page-articles"], {
  tags: [TAGS.frontPage],
});

export const cachedArticle = (slug: string) =>
  unstable_cache(() => getPublishedArticle(getDb(), slug), ["article", slug], { tags: [TAGS.article(slug)] })();

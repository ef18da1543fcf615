import "server-only";
import { unstable_cache } from "next/cache";
import { findRenamedSlug, findWithdrawal, getPublishedArticle, listCorrections, relatedArticles } from "@/lib/articles/public";
import { TAGS } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import { editionPageLinks, printedPageImage, readerEditionPage } from "@/lib/epaper/public";
import { loadEditionFrontPage, loadFrontPage } from "./front-page";
import { authorPage, editionPages, sectionPage } from "./listings";

// Reader pages render from these cached reads and are cached themselves.
// Every workflow transition expires the front-page tag (and the article's),
// so a change shows on the next request. The 60-second lifetime only lets a
// scheduled article appear at its time without anyone publishing.
export const PUBLIC_REVALIDATE = 60;
const options = (...tags: string[]) => ({ tags: [TAGS.frontPage, ...tags], revalidate: PUBLIC_REVALIDATE });

// The front page with the masthead's sections and pages: the public layout
// and the front page read only this, so a render on a cache miss is three
// queries (lib/public/front-page.ts).
export const cachedFrontPage = unstable_cache(() => loadFrontPage(getDb()), ["front-page"], options());

export const cachedSections = unstable_cache(
  () => getDb().section.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, nameZh: true, nameEn: true } }),
  ["sections"],
  options(),
);

export const cachedArticle = (slug: string) =>
  unstable_cache(
    async () => {
      const db = getDb();
      const article = await getPublishedArticle(db, slug);
      if (!article) {
        const [renamedTo, withdrawnAt] = await Promise.all([findRenamedSlug(db, slug), findWithdrawal(db, slug)]);
        return { article: null, related: [], renamedTo, withdrawnAt, printed: null };
      }
      // The printed page it ran on (数字报), for its "printed on page 3" link.
      const printed = article.editionDate && article.pageNumber !== null ? await printedPageImage(db, article.editionDate, article.pageNumber) : null;
      return { article, related: await relatedArticles(db, article), renamedTo: null, withdrawnAt: null, printed };
    },
    ["article", slug],
    options(TAGS.article(slug)),
  )();

export const cachedSectionPage = (slug: string, page: number) =>
  unstable_cache(() => sectionPage(getDb(), slug, page), ["section", slug, String(page)], options(TAGS.section(slug)))();

export const cachedEdition = (date: string) =>
  unstable_cache(
    async () => ({ ...(await editionPages(getDb(), date)), front: await loadEditionFrontPage(getDb(), date), printed: await editionPageLinks(getDb(), date) }),
    ["edition", date],
    options(TAGS.edition(date)),
  )();

/** A printed page of an edition (数字报): its image, regions, stories and the day's other pages. */
export const cachedEditionPage = (date: string, number: number) =>
  unstable_cache(() => readerEditionPage(getDb(), date, number), ["edition-page", date, String(number)], options(TAGS.edition(date)))();

export const cachedAuthorPage = (slug: string, page: number) =>
  unstable_cache(() => authorPage(getDb(), slug, page), ["author", slug, String(page)], options())();

export const cachedCorrections = unstable_cache(() => listCorrections(getDb()), ["corrections"], options());

// What the import desk sends when an editor creates the articles of one or
// more pages. Drafts go as one list; a printed edition goes page by page,
// each page into its own page number, its articles in page order (the
// first is the page's lead). Field errors come back keyed by the page's own
// numbering and are keyed again as the desk shows them.
import { cardToInput } from "./edit";
import type { DeskPage } from "./desk-pages";
import { firstIndexes } from "./desk-pages";
import type { ImportInput } from "@/lib/validation/import";

export interface ImportJob {
  input: ImportInput;
  /** Where the job's first article stands among all the pages' articles. */
  first: number;
  /** The page it publishes (index into the desk's pages); null for drafts. */
  page: number | null;
}

/** Every page's articles as drafts, in one list. */
export function draftsJob(pages: DeskPage[]): ImportJob {
  return { input: { articles: pages.flatMap((page) => page.cards.map(cardToInput)), sectionId: null, mode: "drafts" }, first: 0, page: null };
}

export interface PrintedPage {
  /** As typed: the schema coerces and checks it. */
  number: string;
  name: string;
}

/** One job per page that still has articles, in the edition of `date`. */
export function publishJobs(pages: DeskPage[], date: string, printed: PrintedPage[], sectionId: string | null): ImportJob[] {
  const firsts = firstIndexes(pages);
  return pages.flatMap((page, index) => {
    if (page.cards.length === 0) return [];
    const { number, name } = printed[index] ?? { number: "", name: "" };
    return [{
      input: { articles: page.cards.map(cardToInput), sectionId, mode: "publish", edition: { date, pageNumber: number, pageName: name } },
      first: firsts[index]!,
      page: index,
    }];
  });
}

/** The page's printed number and name, as its header gives them. */
export function printedPages(pages: Pick<DeskPage, "label">[]): PrintedPage[] {
  return pages.map((page) => ({ number: page.label ? String(page.label.number) : "", name: page.label?.name ?? "" }));
}

/**
 * An error's path in a job (or in a batch of it starting at `offset`) as
 * the desk keys it: "articles.2.headline" → the article's place among all
 * pages; "edition.pageNumber" → "pages.1.pageNumber" for the page's row.
 */
export function deskPath(path: string, job: Pick<ImportJob, "first" | "page">, offset = 0): string {
  const article = /^articles\.(\d+)\.(.+)$/.exec(path);
  if (article) return `articles.${job.first + offset + Number(article[1])}.${article[2]}`;
  const edition = /^edition\.(pageNumber|pageName)$/.exec(path);
  if (edition && job.page !== null) return `pages.${job.page}.${edition[1]}`;
  return path || "form";
}

// The import desk works page by page: one paste may hold a whole edition
// (第01版 …, 第02版 …), split as the CLI splits a file (importPages). A page
// keeps its cards in page order, which is the running order when it is
// published and what "merge with the next" and "split" mean; the desk only
// shows them in another order, the ones that need a look first. Pure, so it
// runs in the browser and is unit-tested without one.
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { reviewOrder } from "./confidence";
import { toCards, type ImportCard, type PageFragment } from "./edit";
import type { ImportedPage } from "./types";

export interface DeskPage {
  /** The page's header line as printed (第02版 经济); null when the text has none. */
  header: string | null;
  /** From the header: 第02版 经济 → 2, "经济". */
  label: ImportedPage["label"];
  /** In page order. */
  cards: ImportCard[];
  fragments: PageFragment[];
}

/**
 * The pages as the desk edits them; notes and reasons in the editor's
 * language. A page with neither articles nor fragments (a header alone) is
 * left out: there is nothing on it to check.
 */
export function toDeskPages(pages: ImportedPage[], messages: Pick<Messages, "importNotes">): DeskPage[] {
  return pages
    .filter((page) => page.articles.length > 0 || page.fragments.length > 0)
    .map((page) => ({ header: page.header, label: page.label, ...toCards(page, messages) }));
}

/** A proposal with a guessed field or an importer's note. */
export const needsLook = (card: Pick<ImportCard, "attention">) => card.attention > 0;

/**
 * The order the desk shows a page's cards in: the most guessed fields and
 * notes first, page order among equals. `index` is the card's place on the
 * page, which it keeps (its number, what its buttons act on).
 */
export function inReviewOrder(cards: ImportCard[]): { card: ImportCard; index: number }[] {
  return reviewOrder(cards).map((index) => ({ card: cards[index]!, index }));
}

/** Where each page's first article stands among all the pages' articles (field errors are keyed so). */
export function firstIndexes(pages: Pick<DeskPage, "cards">[]): number[] {
  let next = 0;
  return pages.map((page) => {
    const first = next;
    next += page.cards.length;
    return first;
  });
}

export function updatePage(pages: DeskPage[], index: number, patch: Partial<DeskPage>): DeskPage[] {
  return pages.map((page, i) => (i === index ? { ...page, ...patch } : page));
}

export interface DeskSummary {
  pages: number;
  articles: number;
  fragments: number;
  needingLook: number;
}

export function summarise(pages: DeskPage[]): DeskSummary {
  const cards = pages.flatMap((page) => page.cards);
  return {
    pages: pages.length,
    articles: cards.length,
    fragments: pages.reduce((n, page) => n + page.fragments.length, 0),
    needingLook: cards.filter(needsLook).length,
  };
}

// What readers see of the printed pages, as plain data (the reader pages
// cache it). A page is the readers' once one of its stories is live: its
// image, its regions of live stories (a region of a draft, a retracted or a
// not-yet-due story is left out) and its list of stories.
import type { Db } from "@/lib/database/client";
import { liveWhere } from "@/lib/articles/public";
import { editionPageList } from "@/lib/public/listings";
import { readPageVariants, type PageImageRef } from "./urls";

export interface PageLink {
  number: number;
  name: string | null;
  /** The uploaded page image, if there is one. */
  image: PageImageRef | null;
}

export interface ReaderRegion {
  x: number;
  y: number;
  width: number;
  height: number;
  slug: string;
  headline: string;
}

export interface ReaderStory {
  slug: string;
  kicker: string | null;
  headline: string;
}

export interface ReaderEditionPage extends PageLink {
  date: string;
  /** Whether the PDF can be downloaded (a scan has none). */
  pdf: boolean;
  regions: ReaderRegion[];
  stories: ReaderStory[];
  /** The day's pages in order, this one among them. */
  pages: PageLink[];
  previous: number | null;
  next: number | null;
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** The day's pages that readers may see, each with its page image if one was uploaded. */
export async function editionPageLinks(db: Db, date: string, now = new Date()): Promise<(PageLink & { id: string | null; pdf: boolean })[]> {
  const pages = await editionPageList(db, date, now);
  if (!pages.length) return [];
  const uploads = await db.editionPage.findMany({
    where: { editionDate: day(date), number: { in: pages.map((p) => p.number) } },
    select: { id: true, number: true, width: true, height: true, variants: true, pdfBytes: true },
  });
  const byNumber = new Map(uploads.map((u) => [u.number, u]));
  return pages.map((page) => {
    const upload = byNumber.get(page.number);
    return {
      ...page,
      id: upload?.id ?? null,
      pdf: (upload?.pdfBytes ?? 0) > 0,
      image: upload ? { id: upload.id, width: upload.width, height: upload.height, variants: readPageVariants(upload.variants) } : null,
    };
  });
}

/** One printed page for readers, or null when the day has no such page (or none of its stories is live yet). */
export async function readerEditionPage(db: Db, date: string, number: number, now = new Date()): Promise<ReaderEditionPage | null> {
  const links = await editionPageLinks(db, date, now);
  const at = links.findIndex((p) => p.number === number);
  const page = links[at];
  if (!page) return null;
  const [regions, stories] = await Promise.all([
    page.id
      ? db.pageRegion.findMany({
          where: { pageId: page.id, article: liveWhere(now) },
          orderBy: [{ y: "asc" }, { x: "asc" }, { id: "asc" }],
          select: { x: true, y: true, width: true, height: true, article: { select: { slug: true, headline: true } } },
        })
      : [],
    db.article.findMany({
      where: { ...liveWhere(now), editionDate: day(date), pageNumber: number },
      orderBy: [{ placement: "asc" }, { publishedAt: "asc" }, { id: "asc" }],
      select: { slug: true, kicker: true, headline: true },
    }),
  ]);
  return {
    date,
    number,
    name: page.name,
    image: page.image,
    pdf: page.pdf,
    regions: regions.map(({ article, ...box }) => ({ ...box, slug: article!.slug, headline: article!.headline })),
    stories,
    pages: links.map(({ number, name, image }) => ({ number, name, image })),
    previous: links[at - 1]?.number ?? null,
    next: links[at + 1]?.number ?? null,
  };
}

/** The page image an article was printed on, for its "printed on page 3" link; null without an upload. */
export async function printedPageImage(db: Db, date: string, number: number): Promise<PageImageRef | null> {
  const page = await db.editionPage.findUnique({
    where: { editionDate_number: { editionDate: day(date), number } },
    select: { id: true, width: true, height: true, variants: true },
  });
  return page ? { id: page.id, width: page.width, height: page.height, variants: readPageVariants(page.variants) } : null;
}

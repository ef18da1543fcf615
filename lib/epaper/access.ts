// Who may fetch a page's files. Readers get a page once one of its stories
// is live (the page is public from then on, as its reader page is); before
// that, an uploaded page of tomorrow's paper is the newsroom's alone.
import type { Db } from "@/lib/database/client";
import { can, type Actor } from "@/lib/auth/policy";
import { liveWhere } from "@/lib/articles/public";
import { readPageVariants } from "./urls";

export interface ServablePage {
  key: string;
  editionDate: string;
  number: number;
  widths: number[];
  pdf: boolean;
  /** Seen by readers: shared caches may keep it. Otherwise staff-only, cached privately. */
  public: boolean;
}

/** The page if this request may have its files, else null. The session is read only for a page not yet public. */
export async function findServablePage(db: Db, pageId: string, actor: () => Promise<Actor | null>, now = new Date()): Promise<ServablePage | null> {
  const page = await db.editionPage.findUnique({ where: { id: pageId }, select: { key: true, editionDate: true, number: true, variants: true, pdfBytes: true } });
  if (!page) return null;
  const live = await db.article.findFirst({ where: { ...liveWhere(now), editionDate: page.editionDate, pageNumber: page.number }, select: { id: true } });
  const result = {
    key: page.key,
    editionDate: page.editionDate.toISOString().slice(0, 10),
    number: page.number,
    widths: readPageVariants(page.variants).map((v) => v.width),
    pdf: page.pdfBytes > 0,
  };
  if (live) return { ...result, public: true };
  return can(await actor(), "media:upload") ? { ...result, public: false } : null;
}

/** The stored file a URL names: one of the page's widths, or its PDF. */
export function fileFor(page: ServablePage, file: string): number | "pdf" | null {
  if (file === "pdf") return page.pdf ? "pdf" : null;
  // One spelling per width ("01200" is not 1200), so caches hold each file once.
  if (!/^[1-9]\d{0,4}$/.test(file)) return null;
  const width = Number(file);
  return page.widths.includes(width) ? width : null;
}

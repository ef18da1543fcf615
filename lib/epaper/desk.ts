// The desk's view of the printed pages: the recent editions with their pages
// (from where the desk placed stories, and from uploads), and one page with
// its upload, regions and stories for the region editor.
import type { Db } from "@/lib/database/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { pageStories } from "./stories";
import { readPageVariants, type PageImageRef } from "./urls";

export interface DeskEdition {
  date: string;
  pages: { number: number; name: string | null; stories: number; uploaded: boolean }[];
}

/** The `days` newest edition dates that have a page, newest first, each page once. */
export async function deskEditions(db: Db, days = 14): Promise<DeskEdition[]> {
  const rows = await db.$queryRaw<{ date: string; number: number; name: string | null; stories: number; uploaded: boolean }[]>(Prisma.sql`
    WITH pages AS (
      SELECT "editionDate" AS day, "pageNumber" AS number, "pageName" AS name, 1 AS story FROM "Article"
        WHERE "editionDate" IS NOT NULL AND "pageNumber" IS NOT NULL AND status <> 'SPIKED'
      UNION ALL
      SELECT "editionDate", number, NULL, 0 FROM "EditionPage"
    ), recent AS (SELECT DISTINCT day FROM pages ORDER BY day DESC LIMIT ${days})
    SELECT to_char(p.day, 'YYYY-MM-DD') AS date, p.number, min(p.name) AS name, sum(p.story)::int AS stories,
      EXISTS (SELECT 1 FROM "EditionPage" e WHERE e."editionDate" = p.day AND e.number = p.number) AS uploaded
    FROM pages p JOIN recent r ON r.day = p.day
    GROUP BY p.day, p.number ORDER BY p.day DESC, p.number`);
  const editions = new Map<string, DeskEdition>();
  for (const { date, ...page } of rows) {
    if (!editions.has(date)) editions.set(date, { date, pages: [] });
    editions.get(date)!.pages.push(page);
  }
  return [...editions.values()];
}

export interface DeskPage {
  name: string | null;
  upload: (PageImageRef & { hasText: boolean; pdf: boolean; originalName: string; createdAt: Date; regions: { x: number; y: number; width: number; height: number; articleId: string | null }[] }) | null;
  stories: { id: string; headline: string; status: string }[];
}

export async function deskPage(db: Db, date: string, number: number): Promise<DeskPage> {
  const [upload, stories, named] = await Promise.all([
    db.editionPage.findUnique({
      where: { editionDate_number: { editionDate: new Date(`${date}T00:00:00Z`), number } },
      include: { regions: { orderBy: [{ y: "asc" }, { x: "asc" }, { id: "asc" }], select: { x: true, y: true, width: true, height: true, articleId: true } } },
    }),
    pageStories(db, date, number),
    db.article.findFirst({ where: { editionDate: new Date(`${date}T00:00:00Z`), pageNumber: number, pageName: { not: null } }, select: { pageName: true } }),
  ]);
  return {
    name: named?.pageName ?? null,
    upload: upload && {
      id: upload.id,
      width: upload.width,
      height: upload.height,
      variants: readPageVariants(upload.variants),
      hasText: upload.hasText,
      pdf: upload.pdfBytes > 0,
      originalName: upload.originalName,
      createdAt: upload.createdAt,
      regions: upload.regions,
    },
    stories: stories.map((s) => ({ id: s.id, headline: s.headline, status: s.status })),
  };
}

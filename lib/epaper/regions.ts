// The region editor's save: the page's regions replaced as a whole, each
// inside the page and linked to nothing or to a story of that page.
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import type { RegionInput } from "@/lib/validation/epaper";

export async function saveRegions(db: Db, actor: Actor, pageId: string, regions: RegionInput[]): Promise<{ editionDate: string; number: number; regions: number }> {
  authorize(actor, "page:manage");
  return db.$transaction(async (tx) => {
    // Locked, so an upload replacing the page waits for this save or runs first.
    const [page] = await tx.$queryRaw<{ id: string; editionDate: Date; number: number }[]>`
      SELECT id, "editionDate", number FROM "EditionPage" WHERE id = ${pageId} FOR UPDATE`;
    // Uploaded again since the editor opened it: these regions were for the old image.
    if (!page) throw new AppError("invalid_input", "page_replaced");
    const linked = [...new Set(regions.map((r) => r.articleId).filter((id): id is string => !!id))];
    const onPage = await tx.article.count({ where: { id: { in: linked }, editionDate: page.editionDate, pageNumber: page.number, status: { not: "SPIKED" } } });
    if (onPage !== linked.length) throw new AppError("invalid_input", "region_story_unknown");
    await tx.pageRegion.deleteMany({ where: { pageId } });
    await tx.pageRegion.createMany({ data: regions.map(({ x, y, width, height, articleId }) => ({ pageId, x, y, width, height, articleId })) });
    return { editionDate: page.editionDate.toISOString().slice(0, 10), number: page.number, regions: regions.length };
  });
}

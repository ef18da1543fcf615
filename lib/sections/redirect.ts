// Where an old section slug lives now, for the public section page's 308.
import type { DbOrTx } from "@/lib/database/client";

export async function findSectionRedirect(db: DbOrTx, oldSlug: string): Promise<string | null> {
  const row = await db.sectionSlugRedirect.findUnique({ where: { slug: oldSlug }, select: { section: { select: { slug: true } } } });
  return row?.section.slug ?? null;
}

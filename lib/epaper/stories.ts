// The stories of one printed page: the articles the desk placed on that
// edition date and page number.
import type { Db, Tx } from "@/lib/database/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { PageStory } from "./hotspots";

// Published, or scheduled to be: what readers see or will see.
const PUBLISHED: ArticleStatus[] = ["PUBLISHED", "SCHEDULED"];

export interface DeskPageStory extends PageStory {
  status: ArticleStatus;
}

/** In page order as far as the desk says it (placement, then when it went live, then id); `published` leaves drafts out. */
export async function pageStories(db: Db | Tx, editionDate: string, number: number, { published = false } = {}): Promise<DeskPageStory[]> {
  const rows = await db.article.findMany({
    where: { editionDate: new Date(`${editionDate}T00:00:00Z`), pageNumber: number, ...(published ? { status: { in: PUBLISHED } } : { status: { notIn: ["SPIKED"] } }) },
    orderBy: [{ placement: "asc" }, { publishedAt: "asc" }, { id: "asc" }],
    select: { id: true, column: true, kicker: true, headline: true, subheadline: true, body: true, status: true, photos: { orderBy: { position: "asc" }, select: { caption: true } } },
  });
  return rows.map(({ photos, ...row }) => ({ ...row, captions: photos.map((p) => p.caption).filter(Boolean) }));
}

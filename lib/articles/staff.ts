// The accounts a byline contributor may be linked to (ArticleContributor.userId).
import type { Db } from "@/lib/database/client";

export interface StaffOption {
  id: string;
  name: string;
}

/** Active staff, plus any inactive account the byline already links to (so the link is not lost on save). */
export async function listStaffOptions(db: Db, linkedIds: (string | null)[] = []): Promise<StaffOption[]> {
  const linked = linkedIds.filter((id): id is string => !!id);
  return db.user.findMany({
    where: { OR: [{ active: true }, ...(linked.length > 0 ? [{ id: { in: linked } }] : [])] },
    orderBy: { name: "asc" },
    take: 1000,
    select: { id: true, name: true },
  });
}

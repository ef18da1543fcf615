// Reads an article's row for update, so concurrent writers of one article
// queue behind each other and each then sees the version the one before it
// left. Every write to an article (text, slug, photos, every workflow move)
// starts here, inside its transaction.
import type { DbOrTx } from "@/lib/database/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";

export interface LockedArticle {
  id: string;
  status: ArticleStatus;
  version: number;
  createdById: string;
  reviewStage: number | null;
}

export async function lockArticle(tx: DbOrTx, id: string): Promise<LockedArticle> {
  const rows = await tx.$queryRaw<LockedArticle[]>`
    SELECT id, status, version, "createdById", "reviewStage" FROM "Article" WHERE id = ${id} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("not_found");
  return row;
}

// What readers may see: published articles only, as plain data (the public
// pages cache it, and the cache stores JSON).
import type { Db } from "@/lib/database/client";
import type { ArticleType, ContributorRole, Credit, Placement } from "@/lib/generated/prisma/enums";

export interface PublicArticle {
  id: string;
  slug: string;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  dateline: string;
  summary: string | null;
  body: string;
  type: ArticleType;
  placement: Placement;
  publishedAt: string;
  section: { slug: string; nameZh: string; nameEn: string } | null;
  contributors: { name: string; role: ContributorRole; credit: Credit | null }[];
}

const publicSelect = {
  id: true,
  slug: true,
  kicker: true,
  headline: true,
  subheadline: true,
  dateline: true,
  summary: true,
  body: true,
  type: true,
  placement: true,
  publishedAt: true,
  section: { select: { slug: true, nameZh: true, nameEn: true } },
  contributors: { orderBy: { position: "asc" }, select: { name: true, role: true, credit: true } },
} as const;

type Row = NonNullable<Awaited<ReturnType<typeof findOne>>>;
const findOne = (db: Db, slug: string) =>
  db.article.findFirst({ where: { slug, status: "PUBLISHED" }, select: publicSelect });

const toPublic = (row: Row): PublicArticle => ({ ...row, publishedAt: (row.publishedAt ?? new Date(0)).toISOString() });

export async function getPublishedArticle(db: Db, slug: string): Promise<PublicArticle | null> {
  const row = await findOne(db, slug);
  return row ? toPublic(row) : null;
}

export async function listPublished(db: Db, limit = 60): Promise<PublicArticle[]> {
  const rows = await db.article.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: publicSelect,
  });
  return rows.map(toPublic);
}

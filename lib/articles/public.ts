// What readers may see: published articles whose time has come, as plain
// data (the public pages cache it, and the cache stores JSON).
import type { Db } from "@/lib/database/client";
import { readRows } from "@/lib/database/read-rows";
import { Prisma, type ArticleType, type ContributorRole, type Credit, type Placement } from "@/lib/generated/prisma/client";
import { readVariants, type MediaRef } from "@/lib/media/urls";
import { photosOutsideBody, withPhotoText } from "@/lib/rich-text/photo-text";
import { richTextToHtml } from "@/lib/rich-text/to-html";

/** Live for readers at `now`: published (or scheduled and due), never drafts or retracted. */
export const liveWhere = (now: Date): Prisma.ArticleWhereInput => ({
  status: { in: ["PUBLISHED", "SCHEDULED"] },
  publishedAt: { lte: now },
});

export interface PublicCard {
  id: string;
  slug: string;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  dateline: string;
  summary: string | null;
  type: ArticleType;
  placement: Placement;
  column: string | null;
  publishedAt: string;
  editionDate: string | null;
  pageNumber: number | null;
  pageName: string | null;
  section: { slug: string; nameZh: string; nameEn: string } | null;
  contributors: { name: string; role: ContributorRole; credit: Credit | null; userSlug: string | null }[];
  /** Only photos whose picture has arrived: an empty slot is the desk's business. */
  photos: { caption: string; credit: string | null; alt: string | null; media: MediaRef }[];
  /** The first paragraphs, for cards that show text. */
  lede: string;
}

export interface PublicArticle extends PublicCard {
  body: string;
  /** The rich body as sanitised HTML (lib/rich-text/to-html.ts); null for a plain body, shown as paragraphs. */
  bodyHtml: string | null;
  updatedAt: string;
  /** Public correction notes (更正), oldest first. */
  corrections: { note: string; createdAt: string }[];
}

/** The Prisma shape of a card; the reader listings read the same fields in one SQL query (`readCards`). */
export const cardSelect = {
  id: true,
  slug: true,
  kicker: true,
  headline: true,
  subheadline: true,
  dateline: true,
  summary: true,
  type: true,
  placement: true,
  column: true,
  publishedAt: true,
  editionDate: true,
  pageNumber: true,
  pageName: true,
  updatedAt: true,
  body: true,
  section: { select: { slug: true, nameZh: true, nameEn: true } },
  contributors: { orderBy: { position: "asc" }, select: { name: true, role: true, credit: true, user: { select: { slug: true } } } },
  photos: { orderBy: { position: "asc" }, select: { caption: true, credit: true, alt: true, media: { select: { id: true, width: true, height: true, variants: true } } } },
} as const satisfies Prisma.ArticleSelect;

type Row = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

const lede = (body: string) => body.split(/\n\s*\n/).slice(0, 2).join("\n\n").slice(0, 600);

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

type PhotoRow = { caption: string; credit: string | null; alt: string | null; media: { id: string; width: number; height: number; variants: unknown } | null };

// Readers see a photo once its picture has arrived. A slot still waiting for
// one (an imported page knows its captions first) shows only in the desk: a
// caption under no picture, or a "photo to come" box, is not news.
function readerPhotos(photos: PhotoRow[]): PublicCard["photos"] {
  return photos.flatMap(({ media, ...p }) => (media ? [{ ...p, media: { ...media, variants: readVariants(media.variants) } }] : []));
}

export function toArticle(row: Row): PublicArticle {
  const { contributors, body, publishedAt, editionDate, updatedAt, photos, ...rest } = row;
  return {
    ...rest,
    body,
    lede: lede(body),
    publishedAt: (publishedAt ?? new Date(0)).toISOString(),
    updatedAt: updatedAt.toISOString(),
    editionDate: day(editionDate),
    contributors: contributors.map(({ user, ...c }) => ({ ...c, userSlug: user?.slug ?? null })),
    photos: readerPhotos(photos),
    bodyHtml: null,
    corrections: [],
  };
}

/** Cards omit the body: a front page of thirty stories should not carry thirty bodies. */
export const toCard = ({ body, bodyHtml, updatedAt, corrections, ...card }: PublicArticle): PublicCard => {
  void body;
  void bodyHtml;
  void updatedAt;
  void corrections;
  return card;
};

export async function getPublishedArticle(db: Db, slug: string, now = new Date()): Promise<PublicArticle | null> {
  const row = await db.article.findFirst({
    where: { slug, ...liveWhere(now) },
    select: { ...cardSelect, bodyJson: true, corrections: { orderBy: { createdAt: "asc" }, select: { note: true, createdAt: true } } },
  });
  if (!row) return null;
  const { corrections, bodyJson, ...rest } = row;
  return withBody(toArticle(rest), bodyJson, corrections);
}

/**
 * The article page's body: sanitised as it is drawn, not as it was saved (a
 * tightened allowlist covers old bodies too); a photo the body places is
 * drawn there, with the Photos panel's text, and not again above it.
 */
export function withBody(article: PublicArticle, bodyJson: unknown, corrections: { note: string; createdAt: Date }[]): PublicArticle {
  return {
    ...article,
    photos: bodyJson ? photosOutsideBody(article.photos, bodyJson) : article.photos,
    bodyHtml: bodyJson ? richTextToHtml(withPhotoText(bodyJson, article.photos)) : null,
    corrections: corrections.map((c) => ({ note: c.note, createdAt: c.createdAt.toISOString() })),
  };
}

/** The article an old slug now belongs to, for a permanent redirect. */
export async function findRenamedSlug(db: Db, oldSlug: string): Promise<string | null> {
  const redirect = await db.slugRedirect.findUnique({ where: { slug: oldSlug }, select: { article: { select: { slug: true } } } });
  return redirect?.article.slug ?? null;
}

/**
 * Cards of `where`, newest first. Two queries whatever the page: the ids
 * (an index-only scan, so a deep page skips index entries, not rows), then
 * the cards with their section, byline and photos (`readCards`).
 */
export async function listCards(db: Db, where: Prisma.ArticleWhereInput, options: { take: number; skip?: number }): Promise<PublicCard[]> {
  const rows = await db.article.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: options.take,
    skip: options.skip,
    select: { id: true },
  });
  const cards = await readCards(db, rows.map((r) => r.id));
  return rows.map((r) => cards.get(r.id)).filter((c): c is PublicCard => !!c);
}

/** The live ones of `ids` as cards, in one query. */
export async function cardsByIds(db: Db, ids: string[], now: Date): Promise<Map<string, PublicCard>> {
  return readCards(db, ids, now);
}

interface CardRow {
  id: string;
  slug: string;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  dateline: string;
  summary: string | null;
  type: ArticleType;
  placement: Placement;
  column: string | null;
  publishedAt: Date | null;
  editionDate: string | null;
  pageNumber: number | null;
  pageName: string | null;
  body: string;
  section: PublicCard["section"];
  contributors: PublicCard["contributors"];
  photos: PhotoRow[];
}

/**
 * Cards by id in one query: the section, byline and photos come as JSON
 * sub-selects instead of one query per relation. With `now`, only articles
 * live at `now` are returned. Same shape as `toCard(toArticle(row))` of a
 * `cardSelect` row (lib/public/front-page-scale.test.ts compares them).
 */
export async function readCards(db: Db, ids: string[], now?: Date): Promise<Map<string, PublicCard>> {
  if (ids.length === 0) return new Map();
  const live = now ? Prisma.sql`AND a.status IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= ${now}` : Prisma.empty;
  const rows = await readRows<CardRow>(db, Prisma.sql`
    SELECT a.id, a.slug, a.kicker, a.headline, a.subheadline, a.dateline, a.summary, a.type::text AS type, a.placement::text AS placement,
      a."column", a."publishedAt", to_char(a."editionDate", 'YYYY-MM-DD') AS "editionDate", a."pageNumber", a."pageName", a.body,
      (SELECT json_build_object('slug', s.slug, 'nameZh', s."nameZh", 'nameEn', s."nameEn") FROM "Section" s WHERE s.id = a."sectionId") AS section,
      COALESCE((
        SELECT json_agg(json_build_object('name', c.name, 'role', c.role, 'credit', c.credit,
          -- A lookup by key per contributor, not a scan of every user per card.
          'userSlug', (SELECT u.slug FROM "User" u WHERE u.id = c."userId")) ORDER BY c.position)
        FROM "ArticleContributor" c WHERE c."articleId" = a.id
      ), '[]') AS contributors,
      COALESCE((
        SELECT json_agg(json_build_object('caption', p.caption, 'credit', p.credit, 'alt', p.alt, 'media',
          CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('id', m.id, 'width', m.width, 'height', m.height, 'variants', m.variants) END
        ) ORDER BY p.position)
        FROM "ArticlePhoto" p LEFT JOIN "Media" m ON m.id = p."mediaId" WHERE p."articleId" = a.id
      ), '[]') AS photos
    FROM "Article" a
    WHERE a.id = ANY(${ids}::text[]) ${live}`);
  return new Map(rows.map((row) => [row.id, cardFromRow(row)]));
}

function cardFromRow({ body, publishedAt, photos, ...rest }: CardRow): PublicCard {
  return {
    ...rest,
    lede: lede(body),
    publishedAt: (publishedAt ?? new Date(0)).toISOString(),
    photos: readerPhotos(photos),
  };
}

/** Up to four newest other stories of the same section. */
export async function relatedArticles(db: Db, article: PublicArticle, now = new Date()): Promise<PublicCard[]> {
  if (!article.section) return [];
  return listCards(db, { ...liveWhere(now), section: { slug: article.section.slug }, id: { not: article.id } }, { take: 4 });
}

/** When a retracted article was withdrawn, so its URL can say so (its text is never shown). */
export async function findWithdrawal(db: Db, slug: string): Promise<string | null> {
  const event = await db.workflowEvent.findFirst({
    where: { toStatus: "RETRACTED", article: { slug, status: "RETRACTED" } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return event ? event.createdAt.toISOString() : null;
}

export interface PublicCorrection {
  note: string;
  createdAt: string;
  article: { slug: string; headline: string; editionDate: string | null; pageNumber: number | null; pageName: string | null };
}

/** Every correction of a live article, newest first: the public corrections page. */
export async function listCorrections(db: Db, now = new Date(), take = 200): Promise<PublicCorrection[]> {
  const rows = await db.correction.findMany({
    where: { article: liveWhere(now) },
    orderBy: { createdAt: "desc" },
    take,
    select: { note: true, createdAt: true, article: { select: { slug: true, headline: true, editionDate: true, pageNumber: true, pageName: true } } },
  });
  return rows.map((r) => ({ note: r.note, createdAt: r.createdAt.toISOString(), article: { ...r.article, editionDate: day(r.article.editionDate) } }));
}

// My desk: the reporter's own articles, grouped by what needs them first —
// returned (with the editor's note), drafts, waiting in review, and what ran
// in the last week — searchable by words of the headline or text, each group
// a page at a time. A fixed number of queries whatever the number of articles.
import type { Db } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/policy";
import { countText } from "./counts";

const RECENT_MS = 7 * 24 * 3_600_000;
const WAITING: ArticleStatus[] = ["SUBMITTED", "IN_REVIEW", "APPROVED", "SCHEDULED"];
export const DESK_PAGE_SIZE = 10;

export const DESK_GROUPS = ["returned", "drafts", "submitted", "published"] as const;
export type DeskGroupName = (typeof DESK_GROUPS)[number];

export interface DeskItem {
  id: string;
  headline: string;
  status: ArticleStatus;
  updatedAt: Date;
  publishedAt: Date | null;
  /** 字数 and reading time of the body. */
  counts: { total: number; minutes: number };
  /** For a returned article: the latest return note and who wrote it. */
  returnNote: { note: string; by: string; at: Date } | null;
}

export interface DeskGroupPage {
  items: DeskItem[];
  /** How many articles the group holds (matching the search). */
  total: number;
  page: number;
  pages: number;
}

export type MyDesk = Record<DeskGroupName, DeskGroupPage>;

export interface MyDeskQuery {
  /** Words of the headline, kicker, subheadline or text. */
  q?: string;
  /** The page shown of each group, from 1. */
  pages?: Partial<Record<DeskGroupName, number>>;
}

function groupWhere(group: DeskGroupName, since: Date, now: Date): Prisma.ArticleWhereInput {
  switch (group) {
    case "returned":
      return { status: "RETURNED" };
    case "drafts":
      return { status: "DRAFT" };
    case "submitted":
      return { status: { in: WAITING } };
    case "published":
      return { status: "PUBLISHED", publishedAt: { gte: since, lte: now } };
  }
}

const groupOf = (status: ArticleStatus): DeskGroupName =>
  status === "RETURNED" ? "returned" : status === "DRAFT" ? "drafts" : status === "PUBLISHED" ? "published" : "submitted";

function searchWhere(q: string | undefined): Prisma.ArticleWhereInput {
  const words = (q ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 5);
  // Every word somewhere in the story: "热力 张三" finds the story naming both.
  return {
    AND: words.map((word) => ({
      OR: (["headline", "kicker", "subheadline", "body"] as const).map((field) => ({ [field]: { contains: word, mode: "insensitive" as const } })),
    })),
  };
}

// Only the actor's own articles are read, which they may always see: no policy check needed.
export async function loadMyDesk(db: Db, actor: Actor, query: MyDeskQuery = {}, now = new Date()): Promise<MyDesk> {
  const since = new Date(now.getTime() - RECENT_MS);
  const mine = { createdById: actor.id, ...searchWhere(query.q) };
  const byGroup = (group: DeskGroupName): Prisma.ArticleWhereInput => ({ ...mine, ...groupWhere(group, since, now) });

  // One count per status (the groups are unions of statuses), then a page of each group.
  const counts = await db.article.groupBy({ by: ["status"], where: { OR: DESK_GROUPS.map(byGroup) }, _count: { _all: true } });
  const totals = Object.fromEntries(DESK_GROUPS.map((g) => [g, 0])) as Record<DeskGroupName, number>;
  for (const row of counts) totals[groupOf(row.status)] += row._count._all;
  const pageOf = (group: DeskGroupName) => {
    const pages = Math.max(1, Math.ceil(totals[group] / DESK_PAGE_SIZE));
    return { page: Math.min(Math.max(1, Math.floor(query.pages?.[group] ?? 1)), pages), pages };
  };

  const rows = await Promise.all(
    DESK_GROUPS.map((group) =>
      totals[group] === 0
        ? []
        : db.article.findMany({
            where: byGroup(group),
            // Newest first; what ran, by when it ran. The id keeps pages apart when times are equal.
            orderBy: group === "published" ? [{ publishedAt: "desc" }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "asc" }],
            skip: (pageOf(group).page - 1) * DESK_PAGE_SIZE,
            take: DESK_PAGE_SIZE,
            select: { id: true, headline: true, status: true, updatedAt: true, publishedAt: true, body: true },
          }),
    ),
  );

  const returnedIds = rows[DESK_GROUPS.indexOf("returned")]!.map((r) => r.id);
  const returns = returnedIds.length
    ? await db.workflowEvent.findMany({
        where: { articleId: { in: returnedIds }, toStatus: "RETURNED" },
        // Newest first, one per article: the note the reporter has to act on now.
        orderBy: { createdAt: "desc" },
        distinct: ["articleId"],
        select: { articleId: true, note: true, createdAt: true, actor: { select: { name: true } } },
      })
    : [];
  const noteOf = new Map(returns.map((e) => [e.articleId, { note: e.note ?? "", by: e.actor.name, at: e.createdAt }]));

  const item = ({ body, ...row }: (typeof rows)[number][number]): DeskItem => {
    const { total, minutes } = countText(body);
    return { ...row, counts: { total, minutes }, returnNote: noteOf.get(row.id) ?? null };
  };
  return Object.fromEntries(DESK_GROUPS.map((group, i) => [group, { items: rows[i]!.map(item), total: totals[group], ...pageOf(group) }])) as MyDesk;
}

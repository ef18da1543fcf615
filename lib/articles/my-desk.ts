// My desk: the reporter's own articles, grouped by what needs them first —
// returned (with the editor's note), drafts, waiting in review, and what ran
// in the last week. Two queries whatever the number of articles.
import type { Db } from "@/lib/database/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/policy";
import { countText } from "./counts";

const RECENT_MS = 7 * 24 * 3_600_000;
const WAITING: ArticleStatus[] = ["SUBMITTED", "IN_REVIEW", "APPROVED", "SCHEDULED"];
// Work in progress is naturally bounded; this only guards the page.
const MAX_ARTICLES = 500;

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

export interface MyDesk {
  returned: DeskItem[];
  drafts: DeskItem[];
  submitted: DeskItem[];
  published: DeskItem[];
}

// Only the actor's own articles are read, which they may always see: no policy check needed.
export async function loadMyDesk(db: Db, actor: Actor, now = new Date()): Promise<MyDesk> {
  const since = new Date(now.getTime() - RECENT_MS);
  const rows = await db.article.findMany({
    where: {
      createdById: actor.id,
      OR: [{ status: { in: ["RETURNED", "DRAFT", ...WAITING] } }, { status: "PUBLISHED", publishedAt: { gte: since, lte: now } }],
    },
    orderBy: { updatedAt: "desc" },
    take: MAX_ARTICLES,
    select: { id: true, headline: true, status: true, updatedAt: true, publishedAt: true, body: true },
  });

  const returnedIds = rows.filter((r) => r.status === "RETURNED").map((r) => r.id);
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

  const items = rows.map(({ body, ...row }): DeskItem => {
    const { total, minutes } = countText(body);
    return { ...row, counts: { total, minutes }, returnNote: noteOf.get(row.id) ?? null };
  });
  const published = items.filter((i) => i.status === "PUBLISHED");
  published.sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0));
  return {
    returned: items.filter((i) => i.status === "RETURNED"),
    drafts: items.filter((i) => i.status === "DRAFT"),
    submitted: items.filter((i) => WAITING.includes(i.status)),
    published,
  };
}

// What the desk reads. Every function takes the actor and applies the policy,
// so a page cannot forget to.
import type { Db } from "@/lib/database/client";
import type { ArticleStatus, ArticleType } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize, can, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { countText } from "./counts";

const listColumns = {
  id: true,
  headline: true,
  status: true,
  version: true,
  updatedAt: true,
  slug: true,
  createdBy: { select: { name: true } },
  section: { select: { nameZh: true, nameEn: true } },
} as const;

const REVIEW_STATES: ArticleStatus[] = ["SUBMITTED", "IN_REVIEW", "APPROVED", "SCHEDULED"];

export interface ReviewFilters {
  sectionId?: string;
  /** 1..N for a review stage; N+1 for approved or scheduled (awaiting or set for publication). */
  stage?: number;
  type?: ArticleType;
  /** Only what has waited at least this many hours. */
  minAgeHours?: number;
}

/** Where in review an article is: its stage, or `stages + 1` once approved. */
function stageWhere(stage: number, stageCount: number): Prisma.ArticleWhereInput {
  if (stage > stageCount) return { status: { in: ["APPROVED", "SCHEDULED"] } };
  if (stage === 1) return { OR: [{ status: "SUBMITTED" }, { status: "IN_REVIEW", reviewStage: 1 }] };
  return { status: "IN_REVIEW", reviewStage: stage };
}

/**
 * Oldest first: what has waited longest is dealt with first. Each row says
 * its section, its length (字数) and since when it waits where it is (its
 * latest move: filed, signed at the stage before, approved).
 */
export async function listReviewQueue(db: Db, actor: Actor, filters: ReviewFilters = {}, stageCount = 1, now = new Date()) {
  if (!can(actor, "review:read")) throw new AppError("forbidden");
  const where: Prisma.ArticleWhereInput = {
    status: { in: REVIEW_STATES },
    ...(filters.sectionId ? { sectionId: filters.sectionId } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.minAgeHours ? { updatedAt: { lte: new Date(now.getTime() - filters.minAgeHours * 3_600_000) } } : {}),
    ...(filters.stage ? stageWhere(filters.stage, stageCount) : {}),
  };
  const [found, groups] = await Promise.all([
    db.article.findMany({ where, orderBy: { updatedAt: "asc" }, take: 200, select: { ...listColumns, reviewStage: true, type: true, body: true } }),
    db.article.groupBy({ by: ["status", "reviewStage"], where: { status: { in: REVIEW_STATES } }, _count: { _all: true } }),
  ]);
  const moves = found.length
    ? await db.workflowEvent.findMany({
        where: { articleId: { in: found.map((r) => r.id) } },
        orderBy: { createdAt: "desc" },
        distinct: ["articleId"],
        select: { articleId: true, createdAt: true },
      })
    : [];
  const lastMove = new Map(moves.map((e) => [e.articleId, e.createdAt]));
  const rows = found.map(({ body, ...row }) => ({ ...row, length: countText(body).total, waitingSince: lastMove.get(row.id) ?? row.updatedAt }));
  const counts = Array.from({ length: stageCount + 1 }, () => 0);
  for (const g of groups) {
    const stage = g.status === "SUBMITTED" ? 1 : g.status === "IN_REVIEW" ? (g.reviewStage ?? 1) : stageCount + 1;
    counts[Math.min(stage, stageCount + 1) - 1]! += g._count._all;
  }
  return { rows, counts };
}

export async function getArticleForDesk(db: Db, actor: Actor, id: string) {
  const article = await db.article.findUnique({
    where: { id },
    include: {
      contributors: { orderBy: { position: "asc" } },
      section: true,
      createdBy: { select: { id: true, name: true } },
      events: {
        orderBy: { createdAt: "desc" },
        take: 50,
        include: { actor: { select: { name: true } } },
      },
      signOffs: { orderBy: [{ stage: "asc" }, { createdAt: "asc" }], include: { signer: { select: { name: true } } } },
      corrections: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!article) throw new AppError("not_found");
  authorize(actor, "article:read", article);
  const lastReturn = article.events.find((e) => e.toStatus === "RETURNED");
  return { ...article, returnNote: article.status === "RETURNED" ? (lastReturn?.note ?? null) : null };
}

export type DeskArticle = Awaited<ReturnType<typeof getArticleForDesk>>;

export async function listSections(db: Db) {
  return db.section.findMany({ orderBy: { position: "asc" } });
}

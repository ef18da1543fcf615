// What the desk reads. Every function takes the actor and applies the policy,
// so a page cannot forget to.
import type { Db } from "@/lib/database/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { authorize, can, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

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

export async function listMyArticles(db: Db, actor: Actor) {
  return db.article.findMany({
    where: { createdById: actor.id },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: listColumns,
  });
}

const REVIEW_STATES: ArticleStatus[] = ["SUBMITTED", "IN_REVIEW", "APPROVED"];

/** Oldest first: what has waited longest is dealt with first. */
export async function listReviewQueue(db: Db, actor: Actor) {
  if (!can(actor, "article:publish", { createdById: "", status: "SUBMITTED" })) throw new AppError("forbidden");
  return db.article.findMany({
    where: { status: { in: REVIEW_STATES } },
    orderBy: { updatedAt: "asc" },
    take: 200,
    select: listColumns,
  });
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
        take: 20,
        include: { actor: { select: { name: true } } },
      },
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

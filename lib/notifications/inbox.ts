// Reading and clearing one's own notices. Every query is scoped to the actor:
// someone else's notice does not exist for you (not_found, never forbidden).
import type { Db } from "@/lib/database/client";
import type { Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

export async function listNotifications(db: Db, actor: Actor, { take = 50 }: { take?: number } = {}) {
  return db.notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(take, 1), 200),
    select: {
      id: true,
      kind: true,
      articleId: true,
      assignmentId: true,
      actorName: true,
      detail: true,
      readAt: true,
      createdAt: true,
      article: { select: { headline: true } },
    },
  });
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>[number];

/** One indexed count: the desk layout shows it on every page. */
export async function unreadCount(db: Db, actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export async function markRead(db: Db, actor: Actor, id: string, now = new Date()) {
  const mine = await db.notification.findFirst({ where: { id, userId: actor.id }, select: { id: true, readAt: true } });
  if (!mine) throw new AppError("not_found");
  // Keep the first time it was read.
  if (!mine.readAt) await db.notification.update({ where: { id }, data: { readAt: now } });
}

export async function markAllRead(db: Db, actor: Actor, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } });
  return count;
}

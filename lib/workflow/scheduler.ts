// Scheduled articles go live at their time. Readers' pages already show a
// SCHEDULED article once its time has passed (lib/articles/public.ts), so
// this only makes the status say so for the feeds, the desk and the audit
// log. It reads the time from the database, so a restart in between loses
// nothing: the next run publishes whatever is due.
import type { Db, Tx } from "@/lib/database/client";
import type { LockedArticle } from "@/lib/articles/lock";
import { systemMove } from "./move";

/**
 * Every instance runs the scheduler; one transaction-scoped advisory lock per
 * tick decides which one works. It is let go when the tick's transaction
 * ends, or when its connection dies with the process that held it, so the
 * next tick anywhere can take it. (The migrator's lock is another number.)
 */
export const SCHEDULER_LOCK = 4_210_531_707;

export interface Tick {
  /** False when another instance held the lock: it does this tick's work. */
  ran: boolean;
  published: { id: string; slug: string }[];
}

export async function schedulerTick(db: Db, now = new Date()): Promise<Tick> {
  return db.$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<[{ locked: boolean }]>`SELECT pg_try_advisory_xact_lock(${SCHEDULER_LOCK}::bigint) AS locked`;
    if (!locked) return { ran: false, published: [] };
    return { ran: true, published: await publishDue(tx, now) };
  });
}

export async function publishDueArticles(db: Db, now = new Date()): Promise<{ id: string; slug: string }[]> {
  return db.$transaction((tx) => publishDue(tx, now));
}

async function publishDue(tx: Tx, now: Date) {
  // SKIP LOCKED as well: an article an editor is moving right now waits for the next tick.
  const due = await tx.$queryRaw<(LockedArticle & { slug: string })[]>`
    SELECT id, slug, status, version, "createdById", "reviewStage" FROM "Article"
    WHERE status = 'SCHEDULED' AND "publishedAt" <= ${now}
    ORDER BY "publishedAt" FOR UPDATE SKIP LOCKED`;
  for (const article of due) {
    // No one acts now: the move is credited to whoever scheduled it (the
    // author, for a row that came without that event, e.g. from a backup).
    const scheduled = await tx.workflowEvent.findFirst({
      where: { articleId: article.id, toStatus: "SCHEDULED" },
      orderBy: { createdAt: "desc" },
      select: { actor: { select: { id: true, role: true } } },
    });
    const credited = scheduled?.actor ?? (await tx.user.findUniqueOrThrow({ where: { id: article.createdById }, select: { id: true, role: true } }));
    await systemMove(tx, credited, article, "publishDue", { now });
  }
  return due.map(({ id, slug }) => ({ id, slug }));
}

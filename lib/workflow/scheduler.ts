// Scheduled articles go live at their time. Readers' pages already show a
// SCHEDULED article once its time has passed (lib/articles/public.ts), so
// this only makes the status say so for the feeds, the desk and the audit
// log. It reads the time from the database, so a restart in between loses
// nothing: the next run publishes whatever is due.
import type { Db } from "@/lib/database/client";

export async function publishDueArticles(db: Db, now = new Date()): Promise<{ id: string; slug: string }[]> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; slug: string; version: number }[]>`
      SELECT id, slug, version FROM "Article"
      WHERE status = 'SCHEDULED' AND "publishedAt" <= ${now}
      ORDER BY "publishedAt" FOR UPDATE SKIP LOCKED`;
    for (const article of due) {
      // The person who scheduled it is the one who published it.
      const scheduled = await tx.workflowEvent.findFirst({
        where: { articleId: article.id, toStatus: "SCHEDULED" },
        orderBy: { createdAt: "desc" },
        select: { actorId: true },
      });
      await tx.article.update({ where: { id: article.id }, data: { status: "PUBLISHED", version: { increment: 1 } } });
      if (scheduled) {
        await tx.workflowEvent.create({
          data: { articleId: article.id, actorId: scheduled.actorId, fromStatus: "SCHEDULED", toStatus: "PUBLISHED", note: "scheduled time reached", createdAt: now },
        });
      }
    }
    return due.map(({ id, slug }) => ({ id, slug }));
  });
}

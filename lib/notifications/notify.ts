// Writing in-app notices. Callers pass their transaction, so a notice exists
// exactly when the change it reports was committed.
import type { DbOrTx } from "@/lib/database/client";
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";

export const NOTIFICATION_KINDS = ["assigned", "returned", "published", "signoff_needed", "comment"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  articleId?: string | null;
  assignmentId?: string | null;
  /** Stored as it was then: a later rename does not rewrite history. */
  actorName?: string | null;
  /** The note, the comment or the assignment title, shown under the line. */
  detail?: string | null;
}

const DETAIL_MAX = 500;
const clip = (text: string | null | undefined) => (text ? text.slice(0, DETAIL_MAX) : null);

const row = (n: NewNotification) => ({
  userId: n.userId,
  kind: n.kind,
  articleId: n.articleId ?? null,
  assignmentId: n.assignmentId ?? null,
  actorName: n.actorName ?? null,
  detail: clip(n.detail),
});

export async function notify(db: DbOrTx, notification: NewNotification) {
  await db.notification.create({ data: row(notification) });
}

export interface TransitionNotice {
  articleId: string;
  articleCreatedById: string;
  actor: { id: string; name: string };
  to: ArticleStatus;
  note?: string | null;
  /** The role that must sign off the stage the article now waits at. */
  stageRole?: Role | null;
}

/**
 * Called by the workflow inside its transaction after a status change. Returns
 * how many notices were written. Nobody is told about their own action.
 */
export async function notifyTransition(tx: DbOrTx, notice: TransitionNotice): Promise<number> {
  const { articleId, articleCreatedById, actor, to } = notice;
  const base = { articleId, actorName: actor.name };
  let recipients: NewNotification[] = [];

  if (to === "RETURNED") {
    recipients = [{ ...base, userId: articleCreatedById, kind: "returned", detail: notice.note ?? null }];
  } else if (to === "PUBLISHED") {
    recipients = [{ ...base, userId: articleCreatedById, kind: "published" }];
  } else if ((to === "SUBMITTED" || to === "IN_REVIEW") && notice.stageRole) {
    // Exactly that role: a higher role may sign too, but the stage is theirs to watch.
    const reviewers = await tx.user.findMany({
      where: { role: notice.stageRole, active: true, id: { not: actor.id } },
      select: { id: true },
    });
    recipients = reviewers.map((r) => ({ ...base, userId: r.id, kind: "signoff_needed" }));
  }

  const rows = recipients.filter((r) => r.userId !== actor.id).map(row);
  if (rows.length === 0) return 0;
  const { count } = await tx.notification.createMany({ data: rows });
  return count;
}

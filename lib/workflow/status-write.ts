// The one statement that writes Article.status. A trigger refuses any other
// change of status, and any new article that is not a DRAFT, unless the
// transaction has set copydesk.workflow to 'on' (migration
// 20261205010000_status_by_workflow_only, docs/decisions/0023). It is set for
// this statement only, so the rest of the transaction gets no licence.
import type { Tx } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The setting the trigger reads; transaction-local, so it never outlives the transaction that set it. */
export const STATUS_SETTING = "copydesk.workflow";

/**
 * For code that copies rows as they already were, never for a move: the
 * backup restore, the benchmarks' generated newsroom, test fixtures. It opens
 * the guard for the rest of their transaction.
 */
export const OPEN_STATUS_GUARD_SQL = `SELECT set_config('${STATUS_SETTING}', 'on', true)`;

/** What a move answers with. */
export const MOVED_COLUMNS = { id: true, slug: true, status: true, version: true, sectionId: true, reviewStage: true } as const;

export async function writeStatus(tx: Tx, id: string, data: Prisma.ArticleUncheckedUpdateInput) {
  await tx.$executeRaw`SELECT set_config('copydesk.workflow', 'on', true)`;
  const row = await tx.article.update({ where: { id }, data, select: MOVED_COLUMNS });
  // Not in a finally: after a failed update the transaction is rolled back, and the setting with it.
  await tx.$executeRaw`SELECT set_config('copydesk.workflow', 'off', true)`;
  return row;
}

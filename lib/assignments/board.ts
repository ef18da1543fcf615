// The assignments board (editors) and a reporter's own list.
import type { Db } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { assignmentState, IN_PROGRESS_STATUSES } from "./state";

// Filed work stays on the board for two weeks past its deadline, so the board
// shows what was delivered lately without growing forever.
const FILED_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

const columns = {
  id: true,
  title: true,
  brief: true,
  deadline: true,
  editionDate: true,
  reporter: { select: { id: true, name: true } },
  section: { select: { nameZh: true, nameEn: true } },
  article: { select: { id: true, status: true } },
} as const;

const current = (now: Date): Prisma.AssignmentWhereInput => ({
  cancelledAt: null,
  OR: [
    { articleId: null },
    { article: { status: { in: IN_PROGRESS_STATUSES } } },
    { deadline: { gte: new Date(now.getTime() - FILED_WINDOW_MS) } },
  ],
});

async function list(db: Db, where: Prisma.AssignmentWhereInput, now: Date) {
  const rows = await db.assignment.findMany({
    where: { AND: [current(now), where] },
    // Oldest deadline first: what is most overdue is dealt with first.
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: 500,
    select: columns,
  });
  return rows.map((row) => ({ ...row, ...assignmentState(row.article, row.deadline, now) }));
}

export type BoardItem = Awaited<ReturnType<typeof list>>[number];

export async function listBoard(db: Db, actor: Actor, now = new Date()) {
  authorize(actor, "assignment:create");
  return list(db, {}, now);
}

/** Anyone's own assignments; no policy check beyond being signed in. */
export async function listMine(db: Db, actor: Actor, now = new Date()) {
  return list(db, { reporterId: actor.id }, now);
}

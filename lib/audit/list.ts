// The newsroom-wide audit log: every workflow event (who, when, from → to,
// stage, note) and every other audited act — sign-ins, account and section
// administration, settings (lib/audit/record.ts) — in one list, newest
// first, filtered by person, by target status or kind of act, and by a date
// range read in the newsroom's time zone.
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { zonedTimeToInstant } from "@/lib/front-page/zoned-time";
import { Prisma, type AuditAction, type ArticleStatus } from "@/lib/generated/prisma/client";
import type { AuditFilter } from "@/lib/validation/audit";

export const AUDIT_PAGE_SIZE = 50;

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** from/to are whole days in the newsroom's zone: from its midnight up to (not including) the midnight after `to`. */
function range(filter: Omit<AuditFilter, "page">, timeZone: string) {
  return {
    from: filter.from ? zonedTimeToInstant(`${filter.from}T00:00`, timeZone) : null,
    to: filter.to ? zonedTimeToInstant(`${nextDay(filter.to)}T00:00`, timeZone) : null,
  };
}

export function auditWhere(filter: Omit<AuditFilter, "page">, timeZone: string): Prisma.WorkflowEventWhereInput {
  const { from, to } = range(filter, timeZone);
  return {
    ...(filter.person && { actorId: filter.person }),
    ...(filter.status && { toStatus: filter.status }),
    ...((from || to) && { createdAt: { ...(from && { gte: from }), ...(to && { lt: to }) } }),
  };
}

/** The other acts: a person filter finds what they did and what was done to their account. */
export function accountWhere(filter: Omit<AuditFilter, "page">, timeZone: string): Prisma.AuditEventWhereInput {
  const { from, to } = range(filter, timeZone);
  return {
    ...(filter.person && { OR: [{ actorId: filter.person }, { userId: filter.person }] }),
    ...(filter.action && { action: filter.action }),
    ...((from || to) && { createdAt: { ...(from && { gte: from }), ...(to && { lt: to }) } }),
  };
}

export type AuditEvent =
  | {
      source: "workflow";
      id: string;
      createdAt: Date;
      actor: { id: string; name: string };
      fromStatus: ArticleStatus | null;
      toStatus: ArticleStatus;
      stage: number | null;
      note: string | null;
      /** What the move changed besides the status (a re-placement's before and after). */
      detail: Prisma.JsonValue;
      article: { id: string; headline: string };
    }
  | {
      source: "account";
      id: string;
      createdAt: Date;
      action: AuditAction;
      actor: { id: string; name: string } | null;
      user: { id: string; name: string } | null;
      email: string | null;
      address: string | null;
      detail: Prisma.JsonValue;
    };

/** The SQL conditions of one table's filter, for the merged page of ids. */
function conditions(parts: (Prisma.Sql | null)[]): Prisma.Sql {
  const present = parts.filter((p): p is Prisma.Sql => !!p);
  return present.length ? Prisma.sql`WHERE ${Prisma.join(present, " AND ")}` : Prisma.empty;
}

export async function listAuditEvents(db: Db, actor: Actor | null, filter: AuditFilter, timeZone: string) {
  authorize(actor, "audit:read");
  const { from, to } = range(filter, timeZone);
  // A status names a workflow move, a kind of act the other entries: asking for one leaves the other table out.
  const withWorkflow = !filter.action;
  const withAccounts = !filter.status;
  const when = (column: string) => [from ? Prisma.sql`${Prisma.raw(column)} >= ${from}` : null, to ? Prisma.sql`${Prisma.raw(column)} < ${to}` : null];
  const workflow = Prisma.sql`SELECT id, "createdAt", 'workflow' AS source FROM "WorkflowEvent" ${conditions([
    filter.person ? Prisma.sql`"actorId" = ${filter.person}` : null,
    filter.status ? Prisma.sql`"toStatus" = ${filter.status}::"ArticleStatus"` : null,
    ...when(`"createdAt"`),
  ])}`;
  const accounts = Prisma.sql`SELECT id, "createdAt", 'account' AS source FROM "AuditEvent" ${conditions([
    filter.person ? Prisma.sql`("actorId" = ${filter.person} OR "userId" = ${filter.person})` : null,
    filter.action ? Prisma.sql`action = ${filter.action}::"AuditAction"` : null,
    ...when(`"createdAt"`),
  ])}`;
  const union = [withWorkflow && workflow, withAccounts && accounts].filter((q): q is Prisma.Sql => !!q);
  // Both a status and a kind of act: no entry is both.
  if (union.length === 0) return { events: [], total: 0, page: filter.page, pages: 1 };

  const [page, workflowTotal, accountTotal] = await Promise.all([
    db.$queryRaw<{ id: string; source: "workflow" | "account" }[]>`
      SELECT id, source FROM (${Prisma.join(union, " UNION ALL ")}) AS log
      ORDER BY "createdAt" DESC, id DESC
      LIMIT ${AUDIT_PAGE_SIZE} OFFSET ${(filter.page - 1) * AUDIT_PAGE_SIZE}`,
    withWorkflow ? db.workflowEvent.count({ where: auditWhere(filter, timeZone) }) : 0,
    withAccounts ? db.auditEvent.count({ where: accountWhere(filter, timeZone) }) : 0,
  ]);

  const ids = (source: string) => page.filter((row) => row.source === source).map((row) => row.id);
  const [moves, acts] = await Promise.all([
    db.workflowEvent.findMany({
      where: { id: { in: ids("workflow") } },
      select: {
        id: true,
        createdAt: true,
        fromStatus: true,
        toStatus: true,
        stage: true,
        note: true,
        detail: true,
        actor: { select: { id: true, name: true } },
        article: { select: { id: true, headline: true } },
      },
    }),
    db.auditEvent.findMany({
      where: { id: { in: ids("account") } },
      select: {
        id: true,
        createdAt: true,
        action: true,
        email: true,
        address: true,
        detail: true,
        actor: { select: { id: true, name: true } },
        user: { select: { id: true, name: true } },
      },
    }),
  ]);
  const byId = new Map<string, AuditEvent>([
    ...moves.map((e) => [e.id, { source: "workflow" as const, ...e }] as const),
    ...acts.map((e) => [e.id, { source: "account" as const, ...e }] as const),
  ]);
  const events = page.map((row) => byId.get(row.id)).filter((e): e is AuditEvent => !!e);
  const total = workflowTotal + accountTotal;
  return { events, total, page: filter.page, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** The people the log can be filtered by: those who have done something in it, or had something done to their account. */
export async function auditPeople(db: Db, actor: Actor | null) {
  authorize(actor, "audit:read");
  return db.user.findMany({
    where: { OR: [{ events: { some: {} } }, { auditActs: { some: {} } }, { auditSubject: { some: {} } }] },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

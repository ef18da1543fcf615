// The newsroom-wide audit log: every workflow event (who, when, from → to,
// stage, note), newest first, filtered by person, target status and a date
// range read in the newsroom's time zone.
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { zonedTimeToInstant } from "@/lib/front-page/zoned-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilter } from "@/lib/validation/audit";

export const AUDIT_PAGE_SIZE = 50;

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** from/to are whole days in the newsroom's zone: from its midnight up to (not including) the midnight after `to`. */
export function auditWhere(filter: Omit<AuditFilter, "page">, timeZone: string): Prisma.WorkflowEventWhereInput {
  const from = filter.from ? zonedTimeToInstant(`${filter.from}T00:00`, timeZone) : null;
  const to = filter.to ? zonedTimeToInstant(`${nextDay(filter.to)}T00:00`, timeZone) : null;
  return {
    ...(filter.person && { actorId: filter.person }),
    ...(filter.status && { toStatus: filter.status }),
    ...((from || to) && { createdAt: { ...(from && { gte: from }), ...(to && { lt: to }) } }),
  };
}

export async function listAuditEvents(db: Db, actor: Actor | null, filter: AuditFilter, timeZone: string) {
  authorize(actor, "audit:read");
  const where = auditWhere(filter, timeZone);
  const [events, total] = await Promise.all([
    db.workflowEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        fromStatus: true,
        toStatus: true,
        stage: true,
        note: true,
        actor: { select: { id: true, name: true } },
        article: { select: { id: true, headline: true } },
      },
    }),
    db.workflowEvent.count({ where }),
  ]);
  return { events, total, page: filter.page, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

export type AuditEvent = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/** The people the log can be filtered by: those who have done something in it. */
export async function auditPeople(db: Db, actor: Actor | null) {
  authorize(actor, "audit:read");
  return db.user.findMany({ where: { events: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

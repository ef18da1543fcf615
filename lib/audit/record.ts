// Writes one entry of the audit log beside the workflow's events: who did
// what, to which account, from which address (docs/decisions/0029). Domain
// functions call it inside their own transaction, so an entry exists exactly
// when the change does.
import type { DbOrTx } from "@/lib/database/client";
import type { AuditAction, Prisma } from "@/lib/generated/prisma/client";

/** Where a request came from, as the server saw it; passed down from the action. */
export interface RequestOrigin {
  address?: string | null;
}

export interface AuditEntry extends RequestOrigin {
  action: AuditAction;
  actorId?: string | null;
  userId?: string | null;
  email?: string | null;
  detail?: Prisma.InputJsonObject;
  /** When it happened; now by default (tests of time windows pass their own clock). */
  at?: Date;
}

export async function recordAudit(db: DbOrTx, entry: AuditEntry) {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      userId: entry.userId ?? null,
      email: entry.email ?? null,
      address: entry.address?.slice(0, 100) ?? null,
      detail: entry.detail,
      ...(entry.at && { createdAt: entry.at }),
    },
  });
}

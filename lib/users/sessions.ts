// Who a session token belongs to, decided against the database on every
// request: the token only says which user and which session version it was
// issued for. Deactivating, changing the role or signing out bumps the
// user's sessionVersion, so every older token stops working at its next use.
import type { DbOrTx } from "@/lib/database/client";
import type { Actor } from "@/lib/auth/policy";

export interface SessionToken {
  id?: string | null;
  sessionVersion?: number | null;
}

export type StaffActor = Actor & {
  name: string;
  email: string;
  /** An admin reset the password: the desk asks for a new one before anything else. */
  mustChangePassword: boolean;
};

export async function resolveActor(db: DbOrTx, token: SessionToken | null | undefined): Promise<StaffActor | null> {
  // Tokens issued before session versions existed carry none: sign in again.
  if (!token?.id || typeof token.sessionVersion !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: token.id },
    select: { id: true, role: true, name: true, email: true, active: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || !user.active || user.sessionVersion !== token.sessionVersion) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email, mustChangePassword: user.mustChangePassword };
}

/** Ends every session of the user, on every device, at its next request. */
export async function endSessions(db: DbOrTx, userId: string) {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

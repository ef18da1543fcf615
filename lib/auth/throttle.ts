// Slows down password guessing. Refused sign-ins are recorded in the audit
// log (lib/auth/sign-in.ts); the limits are counted from it, per account
// (the email typed) and per address, in a sliding window. Past a limit,
// further attempts are refused without checking the password until the
// window has moved on. A successful sign-in, an admin's unlock or a password
// reset starts the account's count afresh. Kept in the database, so every
// instance sees the same counts, an admin can see and lift a lock, and a
// restart forgets nothing (docs/decisions/0029).
import type { DbOrTx } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface ThrottleLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 };

// Attempts refused by the limit itself are logged too, but not counted:
// otherwise a guesser who keeps trying would keep the real user out for ever.
const counted: Prisma.AuditEventWhereInput = { action: "SIGN_IN_REFUSED", detail: { path: ["counted"], equals: true } };

/** The moment `limit` counted failures since `since` stop all being in the window, or null when fewer. */
async function until(db: DbOrTx, where: Prisma.AuditEventWhereInput, since: Date, limit: number, windowMs: number): Promise<Date | null> {
  const failures = await db.auditEvent.findMany({
    where: { ...where, ...counted, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  // Allowed again once the oldest of the last `limit` failures leaves the window.
  return failures.length < limit ? null : new Date(failures[limit - 1]!.createdAt.getTime() + windowMs);
}

/** Until when the account is locked, or null when it is not. */
export async function accountLockedUntil(db: DbOrTx, email: string, now = new Date(), limits = DEFAULT_LIMITS): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - limits.windowMs);
  const fresh = await db.auditEvent.findFirst({
    where: { email, action: { in: ["SIGN_IN", "UNLOCK", "PASSWORD_RESET"] }, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const lockedUntil = await until(db, { email }, fresh?.createdAt ?? windowStart, limits.perAccount, limits.windowMs);
  return lockedUntil && lockedUntil > now ? lockedUntil : null;
}

/** Milliseconds until another attempt is allowed for this account from this address; 0 when it is allowed now. */
export async function signInRetryAfter(db: DbOrTx, email: string, address: string, now = new Date(), limits = DEFAULT_LIMITS): Promise<number> {
  const windowStart = new Date(now.getTime() - limits.windowMs);
  const [account, fromAddress] = await Promise.all([
    accountLockedUntil(db, email, now, limits),
    until(db, { address }, windowStart, limits.perAddress, limits.windowMs),
  ]);
  const latest = Math.max(account?.getTime() ?? 0, fromAddress?.getTime() ?? 0);
  return Math.max(0, latest - now.getTime());
}

/** The accounts locked now, by email, for the users page. */
export async function lockedAccounts(db: DbOrTx, emails: string[], now = new Date(), limits = DEFAULT_LIMITS): Promise<Map<string, Date>> {
  const windowStart = new Date(now.getTime() - limits.windowMs);
  // Only accounts with enough recent failures can be locked: one query finds them.
  const suspects = await db.auditEvent.groupBy({
    by: ["email"],
    where: { ...counted, email: { in: emails }, createdAt: { gt: windowStart } },
    _count: { _all: true },
    having: { email: { _count: { gte: limits.perAccount } } },
  });
  const locked = new Map<string, Date>();
  for (const { email } of suspects) {
    const lockedUntil = email ? await accountLockedUntil(db, email, now, limits) : null;
    if (email && lockedUntil) locked.set(email, lockedUntil);
  }
  return locked;
}

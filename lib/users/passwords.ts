// Getting people back in: an admin unlocks an account the sign-in limit has
// locked, or resets a forgotten password to a temporary one that is shown
// once and must be replaced at the next sign-in; everyone changes their own
// password with their current one (docs/decisions/0029). Each is written to
// the audit log, which is also where the lock is counted (lib/auth/throttle.ts).
import { randomInt } from "node:crypto";
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { accountLockedUntil } from "@/lib/auth/throttle";
import { recordAudit, type RequestOrigin } from "@/lib/audit/record";
import { Refusal } from "@/lib/admin/refusal";

// No 0/O, 1/l/I: the password is read out over the phone or copied by hand.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/** 12 random characters in three groups (about 70 bits), e.g. "Xk7p-Qm3r-T9wz". */
export function temporaryPassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return [group(), group(), group()].join("-");
}

async function findAccount(db: Db, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw new Refusal("user_not_found");
  return user;
}

/** Lifts the sign-in lock at once; refused when the account is not locked. */
export async function unlockAccount(db: Db, actor: Actor | null, userId: string, origin: RequestOrigin = {}) {
  authorize(actor, "users:manage");
  const user = await findAccount(db, userId);
  if (!(await accountLockedUntil(db, user.email))) throw new Refusal("not_locked");
  // The entry itself restarts the count (lib/auth/throttle.ts).
  await recordAudit(db, { action: "UNLOCK", actorId: actor.id, userId, email: user.email, address: origin.address });
}

/**
 * Replaces the password with a temporary one and returns it — the only time
 * it exists in clear. The user's sessions end, the lock is lifted, and the
 * desk asks them for a new password before anything else.
 */
export async function resetPassword(db: Db, actor: Actor | null, userId: string, origin: RequestOrigin = {}): Promise<string> {
  authorize(actor, "users:manage");
  // An admin knows their own password: they change it like everyone else.
  if (userId === actor.id) throw new Refusal("own_password");
  const user = await findAccount(db, userId);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { action: "PASSWORD_RESET", actorId: actor.id, userId, email: user.email, address: origin.address });
  });
  return password;
}

/**
 * The signed-in user's own password, with the current one as proof. A wrong
 * current password counts as a failed sign-in, so a session left open on a
 * shared computer cannot be used to guess it. Other sessions end; the caller
 * signs this one in again.
 */
export async function changeOwnPassword(db: Db, actor: Actor | null, input: { currentPassword: string; newPassword: string }, origin: RequestOrigin = {}) {
  authorize(actor, "account:password");
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, passwordHash: true } });
  if (!user) throw new Refusal("user_not_found");
  if (await accountLockedUntil(db, user.email)) throw new Refusal("locked", "currentPassword");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordAudit(db, { action: "SIGN_IN_REFUSED", userId: actor.id, email: user.email, address: origin.address, detail: { reason: "current_password", counted: true } });
    throw new Refusal("wrong_password", "currentPassword");
  }
  if (input.currentPassword === input.newPassword) throw new Refusal("same_password", "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { action: "PASSWORD_CHANGE", actorId: actor.id, userId: actor.id, email: user.email, address: origin.address });
  });
  return { email: user.email };
}

// Newsroom accounts: create, change role, deactivate / reactivate. Each
// authorises through the policy; a deactivation or a demotion also ends the
// user's sessions (sessionVersion), so it bites at their next request. Each
// change is written to the audit log in the same transaction.
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { hashPassword } from "@/lib/auth/password";
import { atLeast } from "@/lib/auth/roles";
import { lockedAccounts } from "@/lib/auth/throttle";
import { recordAudit, type RequestOrigin } from "@/lib/audit/record";
import { isUniqueViolation, Refusal } from "@/lib/admin/refusal";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CreateUserInput } from "@/lib/validation/users";
import { uniqueUserSlug } from "./slug";

const userFields = { id: true, email: true, name: true, role: true, active: true, slug: true } as const;

/** Every account, with whether it waits for a new password and until when it is locked. */
export async function listUsers(db: Db, actor: Actor | null, now = new Date()) {
  authorize(actor, "users:manage");
  const users = await db.user.findMany({ select: { ...userFields, mustChangePassword: true }, orderBy: [{ active: "desc" }, { createdAt: "asc" }] });
  const locks = await lockedAccounts(db, users.map((u) => u.email), now);
  return users.map((user) => ({ ...user, lockedUntil: locks.get(user.email) ?? null }));
}

export async function createUser(db: Db, actor: Actor | null, input: CreateUserInput, origin: RequestOrigin = {}) {
  authorize(actor, "users:manage");
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw new Refusal("email_taken", "email");
  const passwordHash = await hashPassword(input.password);
  const slug = await uniqueUserSlug(db, input.name);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name: input.name.trim(), role: input.role, passwordHash, slug }, select: userFields });
      await recordAudit(tx, { action: "USER_CREATE", actorId: actor.id, userId: user.id, email, address: origin.address, detail: { role: user.role } });
      return user;
    });
  } catch (error) {
    // Two admins adding the same email at once: the unique index decides.
    const taken = isUniqueViolation(error) && (await db.user.count({ where: { email } })) > 0;
    throw taken ? new Refusal("email_taken", "email") : error;
  }
}

export async function changeRole(db: Db, actor: Actor | null, userId: string, role: Role, origin: RequestOrigin = {}) {
  authorize(actor, "users:manage");
  // Demoting oneself could leave the newsroom without an admin, and locks
  // this admin out of the page they are on.
  if (userId === actor.id && role !== "ADMIN") throw new Refusal("own_account");
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
  if (!user) throw new Refusal("user_not_found");
  if (user.role === role) return;
  // The role is read from the database at every request, so either way the
  // change applies at once. A demotion also ends the user's sessions, so
  // nothing opened under the old role lingers; a promotion keeps them
  // working (their next page simply shows the new tools).
  const demoted = !atLeast(role, user.role);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { role, ...(demoted && { sessionVersion: { increment: 1 } }) } });
    await recordAudit(tx, { action: "ROLE_CHANGE", actorId: actor.id, userId, email: user.email, address: origin.address, detail: { from: user.role, to: role } });
  });
}

export async function setActive(db: Db, actor: Actor | null, userId: string, active: boolean, origin: RequestOrigin = {}) {
  authorize(actor, "users:manage");
  if (userId === actor.id && !active) throw new Refusal("own_account");
  const user = await db.user.findUnique({ where: { id: userId }, select: { active: true, email: true } });
  if (!user) throw new Refusal("user_not_found");
  if (user.active === active) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { action: active ? "REACTIVATE" : "DEACTIVATE", actorId: actor.id, userId, email: user.email, address: origin.address });
  });
}

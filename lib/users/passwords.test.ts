// Getting people back in: an admin unlocks a locked account or resets a
// password to a temporary one that must be replaced; everyone changes their
// own with the current one. Each is audited with the admin and the address.
import { beforeEach, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { accountLockedUntil } from "@/lib/auth/throttle";
import { recordAudit } from "@/lib/audit/record";
import { makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { changeOwnPassword, resetPassword, temporaryPassword, unlockAccount } from "./passwords";
import { resolveActor } from "./sessions";

const db = testDb();
beforeEach(() => resetDatabase(db));

const OLD = "the old password 1";
const origin = { address: "192.0.2.10" };

// One hash for the whole file: argon2id is slow on purpose.
const oldHash = hashPassword(OLD);

async function person(role: "REPORTER" | "ADMIN" = "REPORTER") {
  const user = await makeUser(role);
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await oldHash } });
  return user;
}

/** Five wrong passwords, as the sign-in records them (lib/auth/sign-in.test.ts shows the real attempts do). */
async function lockOut(email: string) {
  for (let i = 0; i < 5; i++) await recordAudit(db, { action: "SIGN_IN_REFUSED", email, address: "203.0.113.5", detail: { reason: "password", counted: true } });
  expect(await accountLockedUntil(db, email)).not.toBeNull();
}

const entries = (action: string) =>
  db.auditEvent.findMany({ where: { action: action as never }, select: { actorId: true, userId: true, email: true, address: true } });

describe("unlockAccount", () => {
  it("lets a locked-out person sign in at once, and is audited", async () => {
    const admin = await person("ADMIN");
    const user = await person();
    await lockOut(user.email);
    expect(await attemptSignIn(db, { email: user.email, password: OLD }, "198.51.100.1")).toEqual({ refused: "throttled" });
    await unlockAccount(db, admin, user.id, origin);
    expect(await attemptSignIn(db, { email: user.email, password: OLD }, "198.51.100.1")).toMatchObject({ user: { id: user.id } });
    expect(await entries("UNLOCK")).toEqual([{ actorId: admin.id, userId: user.id, email: user.email, address: "192.0.2.10" }]);
  });

  it("says so when the account is not locked, and refuses anyone but an admin", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("REPORTER");
    await expect(unlockAccount(db, admin, user.id)).rejects.toMatchObject({ reason: "not_locked" });
    await lockOut(user.email);
    for (const role of ["REPORTER", "EDITOR", "CHIEF_EDITOR"] as const) {
      await expect(unlockAccount(db, await makeUser(role), user.id)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await accountLockedUntil(db, user.email)).not.toBeNull();
    expect(await entries("UNLOCK")).toEqual([]);
  });
});

describe("resetPassword", () => {
  it("gives a temporary password that signs in once the old one no longer does; the desk then asks for a new one", async () => {
    const admin = await person("ADMIN");
    const user = await person();
    await lockOut(user.email);
    const temporary = await resetPassword(db, admin, user.id, origin);
    expect(temporary).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    expect(await checkCredentials(db, { email: user.email, password: OLD })).toBeNull();
    // The reset also lifts the lock.
    expect(await attemptSignIn(db, { email: user.email, password: temporary }, "198.51.100.1")).toMatchObject({ user: { id: user.id } });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mustChangePassword).toBe(true);
    // Every session from before the reset has ended.
    expect(await resolveActor(db, { id: user.id, sessionVersion: 0 })).toBeNull();
    expect(await resolveActor(db, { id: user.id, sessionVersion: row.sessionVersion })).toMatchObject({ mustChangePassword: true });
    expect(await entries("PASSWORD_RESET")).toEqual([{ actorId: admin.id, userId: user.id, email: user.email, address: "192.0.2.10" }]);
  });

  it("refuses an admin's own account and anyone but an admin, changing nothing", async () => {
    const admin = await person("ADMIN");
    const user = await person();
    await expect(resetPassword(db, admin, admin.id)).rejects.toMatchObject({ reason: "own_password" });
    await expect(resetPassword(db, await makeUser("CHIEF_EDITOR"), user.id)).rejects.toMatchObject({ code: "forbidden" });
    expect(await checkCredentials(db, { email: user.email, password: OLD })).toMatchObject({ id: user.id });
    expect(await checkCredentials(db, { email: admin.email, password: OLD })).toMatchObject({ id: admin.id });
    expect(await entries("PASSWORD_RESET")).toEqual([]);
  });

  it("makes temporary passwords long enough and different each time", () => {
    const many = new Set(Array.from({ length: 200 }, temporaryPassword));
    expect(many.size).toBe(200);
    for (const password of many) expect(password.replaceAll("-", "")).toHaveLength(12);
  });
});

describe("changeOwnPassword", () => {
  it("needs the current password; a wrong one changes nothing and counts towards the lock", async () => {
    const user = await person();
    for (let i = 0; i < 5; i++) {
      // Each wrong one is checked against the real hash: a few are enough to show it.
      if (i >= 2) {
        await recordAudit(db, { action: "SIGN_IN_REFUSED", userId: user.id, email: user.email, detail: { reason: "current_password", counted: true } });
        continue;
      }
      await expect(changeOwnPassword(db, user, { currentPassword: `not it ${i}`, newPassword: "a brand new password" }, origin)).rejects.toMatchObject({
        reason: "wrong_password",
        field: "currentPassword",
      });
    }
    expect(await checkCredentials(db, { email: user.email, password: OLD })).toMatchObject({ id: user.id });
    // Five wrong guesses lock the account, here as at the sign-in page.
    await expect(changeOwnPassword(db, user, { currentPassword: OLD, newPassword: "a brand new password" })).rejects.toMatchObject({ reason: "locked" });
  });

  it("refuses the same password again", async () => {
    const user = await person();
    await expect(changeOwnPassword(db, user, { currentPassword: OLD, newPassword: OLD })).rejects.toMatchObject({ reason: "same_password" });
  });

  it("replaces the password, clears the reset's demand, ends the other sessions and is audited", async () => {
    const admin = await person("ADMIN");
    const user = await person();
    const temporary = await resetPassword(db, admin, user.id);
    await changeOwnPassword(db, { ...user }, { currentPassword: temporary, newPassword: "my own new password" }, origin);
    expect(await checkCredentials(db, { email: user.email, password: "my own new password" })).toMatchObject({ id: user.id });
    expect(await checkCredentials(db, { email: user.email, password: temporary })).toBeNull();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ mustChangePassword: false, sessionVersion: 2 });
    expect(await entries("PASSWORD_CHANGE")).toEqual([{ actorId: user.id, userId: user.id, email: user.email, address: "192.0.2.10" }]);
  });
});

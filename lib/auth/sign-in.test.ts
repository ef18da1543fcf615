// Every sign-in attempt is audited with its address — a success, a refusal
// and a refusal by the limit — and the limit counts from those entries.
import { beforeEach, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { hashPassword } from "./password";
import { attemptSignIn } from "./sign-in";

const db = testDb();
beforeEach(() => resetDatabase(db));

const PASSWORD = "correct horse battery staple";

describe("attemptSignIn", () => {
  it("records who signed in, from where, and each refusal with its reason", async () => {
    const user = await makeUser("EDITOR");
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    expect(await attemptSignIn(db, { email: ` ${user.email.toUpperCase()} `, password: PASSWORD }, "198.51.100.4")).toMatchObject({ user: { id: user.id } });
    expect(await attemptSignIn(db, { email: user.email, password: "nope" }, "198.51.100.5")).toEqual({ refused: "failed" });
    expect(await attemptSignIn(db, { email: "nobody@copydesk.test", password: "nope" }, "198.51.100.6")).toEqual({ refused: "failed" });
    // Not an email at all: nothing was checked, nothing to count.
    expect(await attemptSignIn(db, { email: "x", password: "nope" }, "198.51.100.7")).toEqual({ refused: "failed" });
    const rows = await db.auditEvent.findMany({ orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, userId: true, email: true, address: true, detail: true } });
    expect(rows).toEqual([
      { action: "SIGN_IN", actorId: user.id, userId: user.id, email: user.email, address: "198.51.100.4", detail: null },
      { action: "SIGN_IN_REFUSED", actorId: null, userId: user.id, email: user.email, address: "198.51.100.5", detail: { reason: "password", counted: true } },
      { action: "SIGN_IN_REFUSED", actorId: null, userId: null, email: "nobody@copydesk.test", address: "198.51.100.6", detail: { reason: "unknown", counted: true } },
    ]);
  });

  it("refuses without checking the password once the account is locked, and records that too", async () => {
    const user = await makeUser("REPORTER");
    // The right password, which is never even checked: the hash is not one.
    for (let i = 0; i < 5; i++) await recordAudit(db, { action: "SIGN_IN_REFUSED", email: user.email, address: "203.0.113.1", detail: { reason: "password", counted: true } });
    expect(await attemptSignIn(db, { email: user.email, password: PASSWORD }, "198.51.100.9")).toEqual({ refused: "throttled" });
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({ action: "SIGN_IN_REFUSED", userId: user.id, address: "198.51.100.9", detail: { reason: "throttled", counted: false } });
  });
});

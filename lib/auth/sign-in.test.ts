// Every sign-in attempt is audited with its address — a success, a refusal
// and a refusal by the limit — and the limit counts from those entries.
import { beforeEach, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { clientAddress } from "@/lib/security/client-address";
import { hashPassword } from "./password";
import { attemptSignIn } from "./sign-in";

const db = testDb();
beforeEach(() => resetDatabase(db));

const PASSWORD = "correct horse battery staple";

describe("attemptSignIn", () => {
  it("records who signed in, from where, and each refusal with its reason", async () => {
    const user = await makeUser("EDITOR");
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    expect(await attemptSignIn(db, { email: ` ${user.email.toUpperCase()} `, password: PASSWORD }, { address: "198.51.100.4" })).toMatchObject({ user: { id: user.id } });
    expect(await attemptSignIn(db, { email: user.email, password: "nope" }, { address: "198.51.100.5" })).toEqual({ refused: "failed" });
    expect(await attemptSignIn(db, { email: "nobody@copydesk.test", password: "nope" }, { address: "198.51.100.6" })).toEqual({ refused: "failed" });
    // Not an email at all: nothing was checked, nothing to count.
    expect(await attemptSignIn(db, { email: "x", password: "nope" }, { address: "198.51.100.7" })).toEqual({ refused: "failed" });
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
    expect(await attemptSignIn(db, { email: user.email, password: PASSWORD }, { address: "198.51.100.9" })).toEqual({ refused: "throttled" });
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({ action: "SIGN_IN_REFUSED", userId: user.id, address: "198.51.100.9", detail: { reason: "throttled", counted: false } });
  });

  it("refuses a guesser past the address limit however many addresses it claims in X-Forwarded-For", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 24; i++) {
      // What the front server passes on: the claim, then the socket's address (lib/serving/front-server.ts).
      const address = clientAddress(new Headers({ "x-forwarded-for": `10.${i}.0.1, 198.51.100.${i}, 203.0.113.44` }));
      const attempt = await attemptSignIn(db, { email: `guess${i}@copydesk.test`, password: "wrong-guess" }, { address });
      outcomes.push("refused" in attempt ? attempt.refused : "signed in");
    }
    expect(outcomes).toEqual([...Array<string>(20).fill("failed"), ...Array<string>(4).fill("throttled")]);
  });

  it("lets a browser that signed in to an account before past the address limit, for that account only", async () => {
    const editor = await makeUser("EDITOR");
    const chief = await makeUser("CHIEF_EDITOR");
    for (const user of [editor, chief]) await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    for (let i = 0; i < 20; i++) await recordAudit(db, { action: "SIGN_IN_REFUSED", email: `guess${i}@copydesk.test`, address: "203.0.113.45", detail: { reason: "unknown", counted: true } });
    // A fresh browser behind the same address is refused, right password or not.
    expect(await attemptSignIn(db, { email: editor.email, password: PASSWORD }, { address: "203.0.113.45" })).toEqual({ refused: "throttled" });
    // The editor's own browser signs in; its cookie does nothing for the chief's account.
    const known = { address: "203.0.113.45", knownAccounts: [editor.email] };
    expect(await attemptSignIn(db, { email: editor.email.toUpperCase(), password: PASSWORD }, known)).toMatchObject({ user: { id: editor.id } });
    expect(await attemptSignIn(db, { email: chief.email, password: PASSWORD }, known)).toEqual({ refused: "throttled" });
  });
});

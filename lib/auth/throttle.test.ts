// The sign-in limits, counted from the audit log in the database: per
// account and per address, in a sliding window, lifted by a success, an
// admin's unlock or a password reset.
import { beforeEach, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { resetDatabase, testDb } from "@/lib/testing/db";
import { accountLockedUntil, lockedAccounts, signInRetryAfter } from "./throttle";

const db = testDb();
beforeEach(() => resetDatabase(db));

const T0 = Date.parse("2026-12-05T08:00:00Z");
const at = (ms: number) => new Date(T0 + ms);

function fail(email: string, address: string, when: number, counted = true) {
  return recordAudit(db, { action: "SIGN_IN_REFUSED", email, address, at: at(when), detail: { reason: counted ? "password" : "throttled", counted } });
}

describe("sign-in limits", () => {
  it("refuses all but five of 30 wrong passwords in 18 s against one account, from many addresses", async () => {
    let refused = 0;
    for (let i = 0; i < 30; i++) {
      const address = `10.0.0.${i % 50}`;
      if ((await signInRetryAfter(db, "reporter@copydesk.test", address, at(i * 600))) > 0) {
        refused++;
        await fail("reporter@copydesk.test", address, i * 600, false);
      } else await fail("reporter@copydesk.test", address, i * 600);
    }
    expect(refused).toBe(25);
  });

  it("refuses one address trying many accounts", async () => {
    let refused = 0;
    for (let i = 0; i < 30; i++) {
      if ((await signInRetryAfter(db, `user${i}@x.test`, "203.0.113.9", at(i))) > 0) refused++;
      else await fail(`user${i}@x.test`, "203.0.113.9", i);
    }
    expect(refused).toBe(10);
  });

  it("does not lock the real user out for ever: the window moves on, and refusals by the lock itself do not count", async () => {
    for (let i = 0; i < 5; i++) await fail("editor@copydesk.test", "198.51.100.1", i);
    expect(await signInRetryAfter(db, "editor@copydesk.test", "192.0.2.7", at(10))).toBeGreaterThan(0);
    expect(await accountLockedUntil(db, "editor@copydesk.test", at(10))).toEqual(at(15 * 60_000));
    // A guesser keeps knocking while it is locked.
    for (let i = 0; i < 10; i++) await fail("editor@copydesk.test", "198.51.100.1", 60_000 + i, false);
    expect(await signInRetryAfter(db, "editor@copydesk.test", "192.0.2.7", at(15 * 60_000 + 1))).toBe(0);
  });

  it("a successful sign-in, an unlock or a reset starts the account's count afresh", async () => {
    for (const action of ["SIGN_IN", "UNLOCK", "PASSWORD_RESET"] as const) {
      const email = `${action.toLowerCase()}@copydesk.test`;
      for (let i = 0; i < 5; i++) await fail(email, `a-${action}`, i);
      expect(await accountLockedUntil(db, email, at(10)), action).not.toBeNull();
      await recordAudit(db, { action, email, at: at(20) });
      expect(await accountLockedUntil(db, email, at(30)), action).toBeNull();
      await fail(email, `b-${action}`, 40);
      expect(await signInRetryAfter(db, email, `c-${action}`, at(50)), action).toBe(0);
    }
  });

  it("lists the locked accounts among many, with the time each is locked until", async () => {
    for (let i = 0; i < 5; i++) await fail("locked@copydesk.test", `10.1.0.${i}`, i * 1000);
    for (let i = 0; i < 4; i++) await fail("nearly@copydesk.test", `10.2.0.${i}`, i * 1000);
    const locks = await lockedAccounts(db, ["locked@copydesk.test", "nearly@copydesk.test", "fine@copydesk.test"], at(5000));
    expect([...locks]).toEqual([["locked@copydesk.test", at(15 * 60_000)]]);
  });
});

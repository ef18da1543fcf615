// The device cookie names the accounts that signed in from this browser,
// signed with a key from AUTH_SECRET: forged, altered, foreign or expired
// tokens name nobody.
import { describe, expect, it } from "vitest";
import { DEVICE_MAX_AGE_S, knownAccounts, rememberAccount } from "./device";

const SECRET = "a-test-secret-0123456789abcdefghijklmnopqrstuvwxyz";
const NOW = new Date("2026-12-05T08:00:00Z");

describe("device cookie", () => {
  it("vouches for the account that signed in, and for no other", () => {
    const cookie = rememberAccount(undefined, "editor@copydesk.test", SECRET, NOW);
    expect(knownAccounts(cookie, SECRET, NOW)).toEqual(["editor@copydesk.test"]);
    expect(knownAccounts(cookie, SECRET, NOW)).not.toContain("chief@copydesk.test");
  });

  it("names nobody when missing, forged, altered or signed with another secret", () => {
    const cookie = rememberAccount(undefined, "editor@copydesk.test", SECRET, NOW);
    const [, issued, signature] = cookie.split(".");
    const otherAccount = `${Buffer.from("chief@copydesk.test").toString("base64url")}.${issued}.${signature}`;
    expect(knownAccounts(undefined, SECRET, NOW)).toEqual([]);
    expect(knownAccounts("", SECRET, NOW)).toEqual([]);
    expect(knownAccounts("garbage", SECRET, NOW)).toEqual([]);
    expect(knownAccounts(otherAccount, SECRET, NOW)).toEqual([]);
    expect(knownAccounts(`${cookie.slice(0, -2)}AA`, SECRET, NOW)).toEqual([]);
    expect(knownAccounts(cookie, "another-secret-0123456789abcdefghijklmnopqrstuvwxyz", NOW)).toEqual([]);
  });

  it("expires a year after the last sign-in, and a sign-in renews it", () => {
    const cookie = rememberAccount(undefined, "editor@copydesk.test", SECRET, NOW);
    const later = (s: number) => new Date(NOW.getTime() + s * 1000);
    expect(knownAccounts(cookie, SECRET, later(DEVICE_MAX_AGE_S))).toEqual(["editor@copydesk.test"]);
    expect(knownAccounts(cookie, SECRET, later(DEVICE_MAX_AGE_S + 1))).toEqual([]);
    const renewed = rememberAccount(cookie, "editor@copydesk.test", SECRET, later(DEVICE_MAX_AGE_S - 10));
    expect(knownAccounts(renewed, SECRET, later(DEVICE_MAX_AGE_S + 1))).toEqual(["editor@copydesk.test"]);
  });

  it("keeps the last five accounts of a shared computer, newest first", () => {
    let cookie: string | undefined;
    for (let i = 1; i <= 7; i++) cookie = rememberAccount(cookie, `user${i}@copydesk.test`, SECRET, NOW);
    expect(knownAccounts(cookie, SECRET, NOW)).toEqual([7, 6, 5, 4, 3].map((i) => `user${i}@copydesk.test`));
    cookie = rememberAccount(cookie, "user4@copydesk.test", SECRET, NOW);
    expect(knownAccounts(cookie, SECRET, NOW)).toEqual([4, 7, 6, 5, 3].map((i) => `user${i}@copydesk.test`));
    // A forged token beside real ones is dropped; the real ones stay.
    expect(knownAccounts(`forged.1.x~${cookie}`, SECRET, NOW)).toEqual([4, 7, 6, 5].map((i) => `user${i}@copydesk.test`));
  });
});

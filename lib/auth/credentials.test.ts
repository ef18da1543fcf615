// Signing in checks a real argon2id hash; unknown, wrong and inactive all
// look the same to the caller (null), and the hash never comes back.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase, testDb } from "@/lib/testing/db";
import { checkCredentials } from "./credentials";
import { hashPassword, verifyPassword } from "./password";

const db = testDb();
const PASSWORD = "correct horse battery staple";

async function makeAccount(email: string, options: { active?: boolean } = {}) {
  return db.user.create({
    data: { email, name: "郭坤", role: "REPORTER", passwordHash: await hashPassword(PASSWORD), active: options.active ?? true },
  });
}

beforeEach(() => resetDatabase(db));

describe("checkCredentials", () => {
  it("returns the user, without the hash, for the right password", async () => {
    const user = await makeAccount("reporter@copydesk.test");
    const signedIn = await checkCredentials(db, { email: "reporter@copydesk.test", password: PASSWORD });
    expect(signedIn).toEqual({ id: user.id, email: "reporter@copydesk.test", name: "郭坤", role: "REPORTER", sessionVersion: 0 });
    expect(signedIn).not.toHaveProperty("passwordHash");
  });

  it("returns null for a wrong password", async () => {
    await makeAccount("reporter@copydesk.test");
    expect(await checkCredentials(db, { email: "reporter@copydesk.test", password: `${PASSWORD}!` })).toBeNull();
    expect(await checkCredentials(db, { email: "reporter@copydesk.test", password: PASSWORD.toUpperCase() })).toBeNull();
  });

  it("returns null for an unknown email", async () => {
    await makeAccount("reporter@copydesk.test");
    expect(await checkCredentials(db, { email: "nobody@copydesk.test", password: PASSWORD })).toBeNull();
  });

  it("returns null for an inactive account, even with the right password", async () => {
    await makeAccount("former@copydesk.test", { active: false });
    expect(await checkCredentials(db, { email: "former@copydesk.test", password: PASSWORD })).toBeNull();
  });

  it("matches the email case-insensitively and ignores surrounding spaces", async () => {
    const user = await makeAccount("reporter@copydesk.test");
    expect(await checkCredentials(db, { email: "Reporter@Copydesk.TEST", password: PASSWORD })).toMatchObject({ id: user.id });
    expect(await checkCredentials(db, { email: "  reporter@copydesk.test ", password: PASSWORD })).toMatchObject({ id: user.id });
  });

  it("returns null for malformed input", async () => {
    await makeAccount("reporter@copydesk.test");
    for (const input of [null, {}, { email: "reporter@copydesk.test" }, { email: "not-an-email", password: PASSWORD }, { email: "reporter@copydesk.test", password: "" }]) {
      expect(await checkCredentials(db, input)).toBeNull();
    }
  });
});

describe("hashPassword", () => {
  it("makes a salted argon2id hash that verifies only the same password", async () => {
    const first = await hashPassword(PASSWORD);
    const second = await hashPassword(PASSWORD);
    expect(first.startsWith("$argon2id$")).toBe(true);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, PASSWORD)).toBe(true);
    expect(await verifyPassword(first, "wrong")).toBe(false);
    expect(await verifyPassword("not a hash", PASSWORD)).toBe(false);
  });
});

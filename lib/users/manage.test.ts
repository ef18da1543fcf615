// Admins manage accounts; nobody else may, and a refusal changes nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";
import { makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { changeRole, createUser, listUsers, setActive } from "./manage";
import { resolveActor } from "./sessions";
import { baseSlug } from "./slug";

const db = testDb();
beforeEach(() => resetDatabase(db));

const newcomer = { email: "  Guo.Kun@Copydesk.TEST ", name: "郭坤", role: "REPORTER" as const, password: "long enough password" };
const snapshot = () => db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, role: true, active: true, sessionVersion: true } });

describe("createUser", () => {
  it("stores the email lower-cased and trimmed, a romanized slug and a password that signs in", async () => {
    const admin = await makeUser("ADMIN");
    const user = await createUser(db, admin, newcomer);
    expect(user).toMatchObject({ email: "guo.kun@copydesk.test", name: "郭坤", role: "REPORTER", active: true, slug: "guo-kun" });
    expect(await checkCredentials(db, { email: "guo.kun@copydesk.test", password: newcomer.password })).toMatchObject({ id: user.id });
  });

  it("gives the second person of the same name a -2 slug", async () => {
    const admin = await makeUser("ADMIN");
    await createUser(db, admin, newcomer);
    const second = await createUser(db, admin, { ...newcomer, email: "guo.kun2@copydesk.test" });
    const third = await createUser(db, admin, { ...newcomer, email: "guo.kun3@copydesk.test" });
    expect([second.slug, third.slug]).toEqual(["guo-kun-2", "guo-kun-3"]);
  });

  it("refuses a duplicate email, whatever its case, and creates nothing", async () => {
    const admin = await makeUser("ADMIN");
    await createUser(db, admin, newcomer);
    const before = await snapshot();
    await expect(createUser(db, admin, { ...newcomer, email: "GUO.KUN@copydesk.test", name: "别人" })).rejects.toMatchObject({
      reason: "email_taken",
      field: "email",
    });
    expect(await snapshot()).toEqual(before);
  });

  it.each(["REPORTER", "EDITOR", "CHIEF_EDITOR"] as const)("refuses a %s and creates nothing", async (role) => {
    const actor = await makeUser(role);
    const before = await snapshot();
    await expect(createUser(db, actor, newcomer)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listUsers(db, actor)).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("changeRole and setActive", () => {
  it("a promotion applies at the user's next request without signing them out", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("REPORTER");
    await changeRole(db, admin, user.id, "EDITOR");
    expect(await resolveActor(db, { id: user.id, sessionVersion: 0 })).toMatchObject({ role: "EDITOR" });
  });

  it("a demotion also ends the user's sessions", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("CHIEF_EDITOR");
    await changeRole(db, admin, user.id, "REPORTER");
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "REPORTER", sessionVersion: 1 });
    expect(await resolveActor(db, { id: user.id, sessionVersion: 0 })).toBeNull();
  });

  it("deactivating ends every session; reactivating lets the user sign in again", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("EDITOR");
    await setActive(db, admin, user.id, false);
    expect(await resolveActor(db, { id: user.id, sessionVersion: 0 })).toBeNull();
    await setActive(db, admin, user.id, true);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.active).toBe(true);
    expect(await resolveActor(db, { id: user.id, sessionVersion: row.sessionVersion })).toMatchObject({ id: user.id });
  });

  it("an admin cannot deactivate themself or give up their own admin role", async () => {
    const admin = await makeUser("ADMIN");
    const before = await snapshot();
    await expect(setActive(db, admin, admin.id, false)).rejects.toMatchObject({ reason: "own_account" });
    await expect(changeRole(db, admin, admin.id, "CHIEF_EDITOR")).rejects.toMatchObject({ reason: "own_account" });
    expect(await snapshot()).toEqual(before);
  });

  it.each(["REPORTER", "EDITOR", "CHIEF_EDITOR"] as const)("a %s may do neither, and nothing changes", async (role) => {
    const actor = await makeUser(role);
    const target = await makeUser("REPORTER");
    const before = await snapshot();
    await expect(changeRole(db, actor, target.id, "ADMIN")).rejects.toMatchObject({ code: "forbidden" });
    await expect(setActive(db, actor, target.id, false)).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });

  it("says so for an unknown user", async () => {
    const admin = await makeUser("ADMIN");
    await expect(changeRole(db, admin, "no-such-user", "EDITOR")).rejects.toMatchObject({ reason: "user_not_found" });
    await expect(setActive(db, admin, "no-such-user", false)).rejects.toMatchObject({ reason: "user_not_found" });
  });

  it("writes each change to the audit log with the admin, the account and the address; a no-op or a refusal writes nothing", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("REPORTER");
    const origin = { address: "192.0.2.44" };
    await changeRole(db, admin, user.id, "EDITOR", origin);
    await changeRole(db, admin, user.id, "EDITOR", origin);
    await setActive(db, admin, user.id, false, origin);
    await setActive(db, admin, user.id, true, origin);
    await expect(setActive(db, admin, admin.id, false, origin)).rejects.toMatchObject({ reason: "own_account" });
    const created = await createUser(db, admin, newcomer, origin);
    const log = await db.auditEvent.findMany({ orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, userId: true, address: true, detail: true } });
    expect(log).toEqual([
      { action: "ROLE_CHANGE", actorId: admin.id, userId: user.id, address: "192.0.2.44", detail: { from: "REPORTER", to: "EDITOR" } },
      { action: "DEACTIVATE", actorId: admin.id, userId: user.id, address: "192.0.2.44", detail: null },
      { action: "REACTIVATE", actorId: admin.id, userId: user.id, address: "192.0.2.44", detail: null },
      { action: "USER_CREATE", actorId: admin.id, userId: created.id, address: "192.0.2.44", detail: { role: "REPORTER" } },
    ]);
  });
});

describe("baseSlug", () => {
  it("romanizes Chinese names and keeps Latin ones ASCII", () => {
    expect(baseSlug("郭坤")).toBe("guo-kun");
    expect(baseSlug("欧阳修")).toBe("ouyang-xiu");
    expect(baseSlug("José Díaz")).toBe("jose-diaz");
    expect(baseSlug("★")).toBe("staff");
  });
});

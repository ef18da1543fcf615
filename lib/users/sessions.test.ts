// A session is only as good as the user row behind it: the token names a
// user and a session version, and everything else is read fresh.
import { beforeEach, describe, expect, it } from "vitest";
import { makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { endSessions, resolveActor } from "./sessions";

const db = testDb();
beforeEach(() => resetDatabase(db));

describe("resolveActor", () => {
  it("returns the user with the role from the database", async () => {
    const user = await makeUser("REPORTER");
    expect(await resolveActor(db, { id: user.id, sessionVersion: 0 })).toEqual({ ...user, mustChangePassword: false });
  });

  it("refuses a deactivated user", async () => {
    const user = await makeUser("EDITOR");
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await resolveActor(db, { id: user.id, sessionVersion: 0 })).toBeNull();
  });

  it("follows a role change at once", async () => {
    const user = await makeUser("REPORTER");
    await db.user.update({ where: { id: user.id }, data: { role: "EDITOR" } });
    expect(await resolveActor(db, { id: user.id, sessionVersion: 0 })).toMatchObject({ id: user.id, role: "EDITOR" });
  });

  it("refuses a token from before the session version was bumped, on every device", async () => {
    const user = await makeUser("CHIEF_EDITOR");
    await endSessions(db, user.id);
    expect(await resolveActor(db, { id: user.id, sessionVersion: 0 })).toBeNull();
    // A token issued after the bump (a fresh sign-in) works.
    expect(await resolveActor(db, { id: user.id, sessionVersion: 1 })).toMatchObject({ id: user.id });
  });

  it("refuses an unknown id, a missing token and a token without a session version", async () => {
    await makeUser("ADMIN");
    expect(await resolveActor(db, { id: "no-such-user", sessionVersion: 0 })).toBeNull();
    expect(await resolveActor(db, null)).toBeNull();
    expect(await resolveActor(db, {})).toBeNull();
    const user = await makeUser("ADMIN");
    expect(await resolveActor(db, { id: user.id })).toBeNull();
  });
});

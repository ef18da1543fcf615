// An admin sees the addresses the sign-in limit refuses and releases one;
// the release is audited and the address signs in again at once.
import { beforeEach, describe, expect, it } from "vitest";
import { signInRetryAfter } from "@/lib/auth/throttle";
import { recordAudit } from "@/lib/audit/record";
import { makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { listRefusedAddresses, releaseAddress } from "./addresses";

const db = testDb();
beforeEach(() => resetDatabase(db));

const NAT = "203.0.113.60";

async function guessFrom(address: string, times: number) {
  for (let i = 0; i < times; i++) {
    await recordAudit(db, { action: "SIGN_IN_REFUSED", email: `guess${i}@copydesk.test`, address, detail: { reason: "unknown", counted: true } });
  }
}

describe("refused addresses", () => {
  it("lists a refused address for admins, and a release lets it sign in at once, audited", async () => {
    const admin = await makeUser("ADMIN");
    await guessFrom(NAT, 20);
    await guessFrom("203.0.113.61", 3);
    const listed = await listRefusedAddresses(db, admin);
    expect(listed.map((entry) => entry.address)).toEqual([NAT]);
    expect(listed[0]!.until.getTime()).toBeGreaterThan(Date.now());
    expect(await signInRetryAfter(db, "editor@copydesk.test", { address: NAT })).toBeGreaterThan(0);

    await releaseAddress(db, admin, NAT, { address: "192.0.2.10" });
    expect(await listRefusedAddresses(db, admin)).toEqual([]);
    expect(await signInRetryAfter(db, "editor@copydesk.test", { address: NAT })).toBe(0);
    const audit = await db.auditEvent.findMany({ where: { action: "ADDRESS_RELEASE" }, select: { actorId: true, address: true, detail: true } });
    expect(audit).toEqual([{ actorId: admin.id, address: "192.0.2.10", detail: { released: NAT } }]);
  });

  it("refuses to release an address that is not refused, and anyone but an admin", async () => {
    const admin = await makeUser("ADMIN");
    await expect(releaseAddress(db, admin, "203.0.113.62")).rejects.toMatchObject({ reason: "not_refused" });
    await guessFrom(NAT, 20);
    for (const role of ["REPORTER", "EDITOR", "CHIEF_EDITOR"] as const) {
      const someone = await makeUser(role);
      await expect(listRefusedAddresses(db, someone)).rejects.toMatchObject({ code: "forbidden" });
      await expect(releaseAddress(db, someone, NAT)).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(releaseAddress(db, null, NAT)).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await db.auditEvent.count({ where: { action: "ADDRESS_RELEASE" } })).toBe(0);
  });
});

// Addresses the per-address sign-in limit refuses, and an admin's release of
// one: a newsroom behind one NAT address whose browsers have not signed in
// before (lib/auth/device.ts) need not wait out the 15 minutes. The release
// is an audit entry, and the limit counts the address afresh from it
// (lib/auth/throttle.ts, docs/decisions/0032).
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { addressRefusedUntil, refusedAddresses } from "@/lib/auth/throttle";
import { recordAudit, type RequestOrigin } from "@/lib/audit/record";
import { Refusal } from "@/lib/admin/refusal";

/** The addresses refused now, with until when. */
export async function listRefusedAddresses(db: Db, actor: Actor | null, now = new Date()) {
  authorize(actor, "users:manage");
  return refusedAddresses(db, now);
}

/** Lets the address sign in again at once; refused when it is not refused. */
export async function releaseAddress(db: Db, actor: Actor | null, address: string, origin: RequestOrigin = {}) {
  authorize(actor, "users:manage");
  if (!(await addressRefusedUntil(db, address))) throw new Refusal("not_refused");
  await recordAudit(db, { action: "ADDRESS_RELEASE", actorId: actor.id, address: origin.address, detail: { released: address } });
}

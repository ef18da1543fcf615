// One sign-in attempt, as the credentials provider makes it: the limits
// first (lib/auth/throttle.ts), then the password, and an audit entry either
// way with the address it came from — which is also what the limits count.
import type { Db } from "@/lib/database/client";
import { recordAudit } from "@/lib/audit/record";
import { verifyCredentials, type SignedInUser } from "./credentials";
import { DEFAULT_LIMITS, signInRetryAfter } from "./throttle";

export type SignInAttempt = { user: SignedInUser } | { refused: "throttled" | "failed" };

const normalise = (input: unknown) => {
  const email = (input as { email?: unknown } | null)?.email;
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 200) : "";
};

export async function attemptSignIn(db: Db, input: unknown, address: string, now = new Date(), limits = DEFAULT_LIMITS): Promise<SignInAttempt> {
  const email = normalise(input);
  if ((await signInRetryAfter(db, email, address, now, limits)) > 0) {
    const account = email ? await db.user.findUnique({ where: { email }, select: { id: true } }) : null;
    await recordAudit(db, { action: "SIGN_IN_REFUSED", userId: account?.id, email, address, at: now, detail: { reason: "throttled", counted: false } });
    return { refused: "throttled" };
  }
  const check = await verifyCredentials(db, input);
  if ("user" in check) {
    await recordAudit(db, { action: "SIGN_IN", actorId: check.user.id, userId: check.user.id, email, address, at: now });
    return { user: check.user };
  }
  // Input that is not an email and a password never reached the database; nothing to count.
  if (check.refused !== "invalid") {
    await recordAudit(db, { action: "SIGN_IN_REFUSED", userId: check.userId, email, address, at: now, detail: { reason: check.refused, counted: true } });
  }
  return { refused: "failed" };
}

// Checks an email and password against the database. Used by the Auth.js
// credentials provider; kept apart so it can be tested without Next.js.
import { z } from "zod";
import type { Db } from "@/lib/database/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { timingDummyHash, verifyPassword } from "./password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Goes into the token; a later bump (sign-out, deactivation, role change) ends the session. */
  sessionVersion: number;
}

/** Why a sign-in was refused, for the audit log only: the person signing in is told the same for all. */
export type RefusedBecause = "invalid" | "unknown" | "inactive" | "password";

export type CredentialsCheck = { user: SignedInUser } | { refused: RefusedBecause; userId: string | null };

export async function verifyCredentials(db: Db, input: unknown): Promise<CredentialsCheck> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { refused: "invalid", userId: null };
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true, passwordHash: true },
  });
  if (!user || !user.active) {
    await verifyPassword(await timingDummyHash(), parsed.data.password);
    return user ? { refused: "inactive", userId: user.id } : { refused: "unknown", userId: null };
  }
  if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return { refused: "password", userId: user.id };
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

export async function checkCredentials(db: Db, input: unknown): Promise<SignedInUser | null> {
  const check = await verifyCredentials(db, input);
  return "user" in check ? check.user : null;
}

import "server-only";
import { cache } from "react";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { resolveActor, type StaffActor } from "@/lib/users/sessions";
import { authConfig } from "./config";
import { checkCredentials } from "./credentials";

const nextAuth = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: (input) => checkCredentials(getDb(), input),
    }),
  ],
});

export const { handlers, signIn, signOut } = nextAuth;
export const auth = cache(nextAuth.auth);

/**
 * The signed-in staff member, or null. Pages and actions start here. The
 * user is read from the database (once per request, through `cache`), so a
 * deactivation, a role change or a sign-out elsewhere bites at the next
 * request instead of when the token expires (lib/users/sessions.ts).
 */
export const currentActor = cache(async (): Promise<StaffActor | null> => {
  const session = await auth();
  return resolveActor(getDb(), session?.user);
});

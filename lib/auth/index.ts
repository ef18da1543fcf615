import "server-only";
import { cache } from "react";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import type { Actor } from "./policy";
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

/** The signed-in staff member, or null. Pages and actions start here. */
export async function currentActor(): Promise<(Actor & { name: string; email: string }) | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

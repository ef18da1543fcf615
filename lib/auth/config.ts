// The part of the Auth.js configuration that needs no database: pages,
// session strategy and the callbacks that carry the user's id and session
// version in the token. The role is not in it: currentActor() reads role and
// `active` from the database on every request, so a change bites at once.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; name: string; email: string; sessionVersion?: number };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    id?: string;
    sessionVersion?: number;
  }
}

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  // Copydesk runs behind its own proxy or on localhost; the host header is
  // trusted because AUTH_URL is not required.
  trustHost: true,
  // A wrong password is not a server error: keep it out of the error log
  // (login throttling and auditing are the places that count failures).
  logger: {
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.id = user.id;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.id) {
        session.user.id = token.id;
        session.user.sessionVersion = token.sessionVersion;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;

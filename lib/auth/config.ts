// The part of the Auth.js configuration that needs no database: pages,
// session strategy and the callbacks that carry the user's id and session
// version in the token. The role is not in it: currentActor() reads role and
// `active` from the database on every request, so a change bites at once.
import type { NextAuthConfig } from "next-auth";
import { siteUrl as configuredSiteUrl } from "@/lib/env";
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

/**
 * The session cookie is always HttpOnly and SameSite=Lax (Auth.js's
 * defaults, pinned by lib/auth/cookies.test.ts). It is also Secure, under
 * the `__Secure-` name, whenever the site's public address is https: said
 * here rather than left to Auth.js's guess from each request, which sees
 * plain http behind a TLS-terminating proxy that does not send
 * X-Forwarded-Proto. Without an https SITE_URL the guess is kept, so a
 * request that did arrive over https still gets a Secure cookie.
 */
export function secureCookies(siteUrl = siteUrlIfValid()): true | undefined {
  return siteUrl?.trim().toLowerCase().startsWith("https://") ? true : undefined;
}

// A SITE_URL that is not an address fails the feeds that need it, with its
// message; it must not stop the proxy, which imports this file.
function siteUrlIfValid(): string | undefined {
  try {
    return configuredSiteUrl();
  } catch {
    return undefined;
  }
}

export const authConfig = {
  pages: { signIn: "/login" },
  useSecureCookies: secureCookies(),
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

// Runs before every page request: sends signed-out visitors of /desk to the
// login page, then serves the page in the reader's language by rewriting
// /path to /{lang}/path, so each language's pages are cached on their own.
import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { isDevelopment } from "@/lib/env";
import { isLocale, LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { refuseOversizedBody } from "@/lib/security/action-body-limit";
import { refuseCrossSite } from "@/lib/security/refuse-cross-site";
import { isStaffPath, makeNonce, READER_POLICY, staffPolicy } from "@/lib/serving/content-security";

const { auth } = NextAuth(authConfig);

export default async function proxy(request: NextRequest) {
  // A server action is a POST to a page: one another site made the browser
  // send (CSRF), or one over the body limit, is refused before anything
  // runs, with a sentence (docs/decisions/0017).
  const messages = messagesFor(pickLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language")));
  const refused = refuseCrossSite(request, messages) ?? (await refuseOversizedBody(request, messages));
  if (refused) return refused;

  const { pathname, search } = request.nextUrl;
  const [, first = ""] = pathname.split("/");
  const prefixed = isLocale(first);
  const path = prefixed ? pathname.slice(first.length + 1) || "/" : pathname;

  // The page and every action check the session again; this only saves a
  // signed-out visitor a round trip. Reading the session (rather than
  // wrapping the proxy in `auth`) leaves the cookie alone, so signing out
  // in a server action is not undone by a refreshed cookie here.
  if (request.method === "GET" && (path === "/desk" || path.startsWith("/desk/")) && !(await auth())?.user) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", path + search);
    return NextResponse.redirect(login);
  }

  // Staff pages render per request with a fresh nonce, which Next reads from
  // this request header and puts on its scripts; reader pages allow no script
  // (lib/serving/content-security.ts says why).
  // (`next dev` renders every page per request and needs its scripts for
  // hot reloading, so there reader pages get the staff policy too.)
  const perRequest = isStaffPath(path) || isDevelopment();
  const policy = perRequest ? staffPolicy(makeNonce()) : READER_POLICY;
  const headers = new Headers(request.headers);
  if (perRequest) headers.set("content-security-policy", policy);

  let response: NextResponse;
  if (prefixed) {
    response = NextResponse.next({ request: { headers } });
  } else {
    const locale = pickLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
    // From request.url, not nextUrl: nextUrl calls 127.0.0.1 "localhost",
    // and a rewrite to another origin than the server's own is proxied
    // over HTTP instead of served in place.
    const url = new URL(request.url);
    url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
    response = NextResponse.rewrite(url, { request: { headers } });
  }
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // media/: pictures are served by app/media, the same in every language.
  matcher: ["/((?!api/|_next/|media/|favicon.ico|robots.txt|sitemap.xml|feed.xml|.*\\.[a-z0-9]+$).*)"],
};

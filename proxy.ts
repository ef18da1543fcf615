// Runs before every page request: sends signed-out visitors of /desk to the
// login page, then serves the page in the reader's language by rewriting
// /path to /{lang}/path, so each language's pages are cached on their own.
import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { isLocale, LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";

const { auth } = NextAuth(authConfig);

export default async function proxy(request: NextRequest) {
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
  if (prefixed) return NextResponse.next();

  const locale = pickLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  // media/: pictures are served by app/media, the same in every language.
  matcher: ["/((?!api/|_next/|media/|favicon.ico|robots.txt|sitemap.xml|feed.xml|.*\\.[a-z0-9]+$).*)"],
};

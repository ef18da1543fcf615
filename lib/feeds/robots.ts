import { LOCALES } from "@/lib/i18n/locales";
import { siteUrl } from "./site";

const PRIVATE = ["/desk", "/login", "/api"];

// Readers' pages are open to crawlers; the newsroom, sign-in and API are not.
// The language-prefixed paths (/en/desk) reach the same pages, so they are
// listed too.
export function robotsTxt(): string {
  const prefixed = LOCALES.flatMap((locale) => PRIVATE.filter((p) => p !== "/api").map((p) => `/${locale}${p}`));
  return [
    "User-agent: *",
    "Allow: /",
    ...[...PRIVATE, ...prefixed].map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${siteUrl()}/sitemap.xml`,
    `Sitemap: ${siteUrl()}/news-sitemap.xml`,
    "",
  ].join("\n");
}

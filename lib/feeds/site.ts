// Absolute URLs for feeds, sitemaps and structured data: crawlers and feed
// readers need the public address, which the request alone cannot be trusted
// to give behind a proxy. Read on every call (not at build time), so one
// build can serve any host.
export const PAPER_NAME = "示例日报";
export const PAPER_NAME_EN = "Copydesk Daily";
/** The language of the paper's text (the UI language does not translate it). */
export const PAPER_LANGUAGE = "zh-CN";

const DEFAULT_SITE_URL = "http://localhost:3000";

export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://news.example.com, not "${raw}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`SITE_URL must start with http:// or https://, not "${raw}".`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

export const articleUrl = (slug: string) => `${siteUrl()}/articles/${encodeURIComponent(slug)}`;
export const sectionUrl = (slug: string) => `${siteUrl()}/sections/${encodeURIComponent(slug)}`;

// Absolute URLs for feeds, sitemaps and structured data: crawlers and feed
// readers need the public address (SITE_URL), which the request alone cannot
// be trusted to give behind a proxy. Read when called (not at build time), so
// one build can serve any host.
import { siteUrl } from "@/lib/env";

export { siteUrl };
export const PAPER_NAME = "示例日报";
export const PAPER_NAME_EN = "Copydesk Daily";
/** The language of the paper's text (the UI language does not translate it). */
export const PAPER_LANGUAGE = "zh-CN";

export const articleUrl = (slug: string) => `${siteUrl()}/articles/${encodeURIComponent(slug)}`;
export const sectionUrl = (slug: string) => `${siteUrl()}/sections/${encodeURIComponent(slug)}`;

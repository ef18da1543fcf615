// schema.org NewsArticle for the article page's <script type="application/ld+json">.
import type { Locale } from "@/lib/i18n/locales";
import { PAPER_LANGUAGE, PAPER_NAME, PAPER_NAME_EN, siteUrl } from "./site";

/** What the article page knows; a PublicArticle plus the print and photo fields fits. */
export interface JsonLdArticleInput {
  headline: string;
  kicker?: string | null;
  subheadline?: string | null;
  summary?: string | null;
  publishedAt: string;
  updatedAt?: string | null;
  section: { nameZh: string; nameEn: string } | null;
  contributors: { name: string }[];
  /** The print edition, "2021-11-02" or a full ISO date. */
  editionDate?: string | null;
  pageNumber?: number | null;
  pageName?: string | null;
  /** Absolute URLs of the article's photos, in order. */
  imageUrls?: string[];
}

export interface NewsArticleJsonLd {
  "@context": "https://schema.org";
  "@type": "NewsArticle";
  headline: string;
  alternativeHeadline?: string;
  description?: string;
  datePublished: string;
  dateModified: string;
  author: { "@type": "Person"; name: string }[];
  publisher: {
    "@type": "Organization";
    name: string;
    alternateName: string;
    logo: { "@type": "ImageObject"; url: string };
  };
  image: string[];
  articleSection?: string;
  printEdition?: string;
  printPage?: string;
  printSection?: string;
  inLanguage: string;
  url: string;
  mainEntityOfPage: { "@type": "WebPage"; "@id": string };
}

export function newsArticleJsonLd(
  article: JsonLdArticleInput,
  { url, locale }: { url: string; locale: Locale },
): NewsArticleJsonLd {
  const alternative = [article.kicker, article.subheadline].map((s) => s?.trim()).filter(Boolean).join(" — ");
  const modified =
    article.updatedAt && article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt;
  const section = article.section ? (locale === "en" ? article.section.nameEn : article.section.nameZh) : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    ...(alternative ? { alternativeHeadline: alternative } : {}),
    ...(article.summary?.trim() ? { description: article.summary.trim() } : {}),
    datePublished: article.publishedAt,
    dateModified: modified,
    // Names as written: 郭坤, not a romanisation, whatever the page's language.
    author: article.contributors.map((c) => ({ "@type": "Person", name: c.name })),
    publisher: {
      "@type": "Organization",
      name: PAPER_NAME,
      alternateName: PAPER_NAME_EN,
      logo: { "@type": "ImageObject", url: `${siteUrl()}/logo.svg` },
    },
    image: article.imageUrls ?? [],
    ...(section ? { articleSection: section } : {}),
    ...(article.editionDate ? { printEdition: article.editionDate.slice(0, 10) } : {}),
    ...(article.pageNumber != null ? { printPage: String(article.pageNumber) } : {}),
    // The page's name (开发区) is the print section it ran in.
    ...(article.pageName ? { printSection: article.pageName } : {}),
    // The text is never translated: it is Chinese on the English page too.
    inLanguage: PAPER_LANGUAGE,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
  };
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for a <script> element: "</script>" in a headline must not end the
 * element early, so <, > and & become \u escapes (still the same JSON).
 */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Byline } from "@/components/article/byline";
import { HeadlineStack } from "@/components/article/headline-stack";
import { toParagraphs } from "@/lib/articles/paragraphs";
import { formatEditionDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { cachedArticle } from "@/lib/public/cached";

// Rendered on first request, then served from the cache until a workflow
// transition expires the article's tag.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[lang]/articles/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const article = await cachedArticle(slug);
  return article ? { title: article.headline, description: article.summary ?? undefined } : {};
}

export default async function ArticlePage({ params }: PageProps<"/[lang]/articles/[slug]">) {
  const { lang, slug } = await params;
  const locale = isLocale(lang) ? lang : "zh-CN";
  const m = messagesFor(locale);
  const article = await cachedArticle(slug);
  if (!article) notFound();

  return (
    <article className="mx-auto max-w-3xl font-serif">
      {article.section && (
        <p className="mb-3 border-b-2 border-[var(--color-press)] pb-1 font-sans text-sm font-bold">
          {locale === "en" ? article.section.nameEn : article.section.nameZh}
        </p>
      )}
      <HeadlineStack kicker={article.kicker} headline={article.headline} subheadline={article.subheadline} size="page" as="h1" />
      <div className="mt-3 flex flex-wrap items-baseline justify-between gap-2">
        <Byline dateline={article.dateline} contributors={article.contributors} locale={locale} />
        <p className="font-sans text-xs text-neutral-600">
          {m.article.published}: <time dateTime={article.publishedAt}>{formatEditionDate(article.publishedAt, locale)}</time>
        </p>
      </div>
      <div className="prose-zh mt-5 text-[17px]" data-testid="article-body">
        {toParagraphs(article.body).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </article>
  );
}

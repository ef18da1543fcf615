import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { ReaderNotFound } from "@/components/layout/not-found-view";
import { Story } from "@/components/front-page/story";
import { jsonLdScript, newsArticleJsonLd } from "@/lib/feeds/json-ld";
import { articleUrl } from "@/lib/feeds/site";
import { formatEditionDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";
import { cachedArticle, cachedFrontPage } from "@/lib/public/cached";

export const revalidate = 60;

// Rendered on first request, then served from the cache until a workflow
// transition expires the article's tag.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[lang]/articles/[slug]">): Promise<Metadata> {
  const { lang, slug } = await params;
  const { article } = await cachedArticle(slug);
  if (!article) return { title: messagesFor(localeOf(lang)).notFound.article.title, robots: { index: false } };
  return {
    title: article.headline,
    description: article.summary ?? article.lede.slice(0, 160),
    alternates: { canonical: `/articles/${article.slug}` },
    openGraph: { type: "article", title: article.headline, description: article.summary ?? undefined, publishedTime: article.publishedAt },
    twitter: { card: "summary", title: article.headline },
  };
}

/** A retracted article's URL says it was withdrawn, and shows nothing of it. */
function Withdrawn({ at, locale }: { at: string; locale: "zh-CN" | "en" }) {
  const m = messagesFor(locale);
  return (
    <div className="mx-auto max-w-xl py-16 text-center" data-testid="withdrawn">
      <h1 className="font-serif text-2xl font-bold">{m.reader.withdrawnTitle}</h1>
      <p className="mt-3 text-neutral-700">{fill(m.reader.withdrawnBody, { date: formatEditionDate(at, locale) })}</p>
    </div>
  );
}

export default async function ArticlePage({ params }: PageProps<"/[lang]/articles/[slug]">) {
  const { lang, slug } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const [{ article, related, renamedTo, withdrawnAt }, { settings }] = await Promise.all([cachedArticle(slug), cachedFrontPage()]);
  const { timeZone } = settings.newsroom;
  // An editor renamed the slug: old links keep working (308).
  if (!article && renamedTo) permanentRedirect(`/articles/${renamedTo}`);
  if (!article && withdrawnAt) return <Withdrawn at={withdrawnAt} locale={locale} />;
  if (!article) return <ReaderNotFound messages={m} kind="article" />;
  const jsonLd = newsArticleJsonLd(article, { url: articleUrl(article.slug), locale });

  return (
    <div className="mx-auto max-w-3xl font-serif">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />
      <ArticleView article={article} locale={locale} timeZone={timeZone} />
      {related.length > 0 && (
        <aside aria-labelledby="related" className="mt-10">
          <h2 id="related" className="border-b-2 border-[var(--color-press)] pb-1 font-sans text-base font-bold">
            {m.reader.related}
          </h2>
          <div className="mt-3 grid gap-5 sm:grid-cols-2">
            {related.map((card) => (
              <Story key={card.id} card={card} locale={locale} heading="h3" />
            ))}
          </div>
        </aside>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { ReaderNotFound } from "@/components/layout/not-found-view";
import { Story } from "@/components/front-page/story";
import { pageFileUrl } from "@/lib/epaper/urls";
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
  const [{ article, related, renamedTo, withdrawnAt, printed }, { settings }] = await Promise.all([cachedArticle(slug), cachedFrontPage()]);
  const { timeZone } = settings.newsroom;
  // An editor renamed the slug: old links keep working (308).
  if (!article && renamedTo) permanentRedirect(`/articles/${renamedTo}`);
  if (!article && withdrawnAt) return <Withdrawn at={withdrawnAt} locale={locale} />;
  if (!article) return <ReaderNotFound messages={m} kind="article" />;
  const jsonLd = newsArticleJsonLd(article, { url: articleUrl(article.slug), locale });
  const edition = article.editionDate;

  return (
    <div className="mx-auto max-w-3xl font-serif">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />
      <ArticleView article={article} locale={locale} timeZone={timeZone} />
      {edition && article.pageNumber !== null && (
        // 数字报: back to the page it was printed on, with a picture of that page.
        <aside aria-label={m.epaper.printedOnLabel} className="mt-8 border-t border-neutral-300 pt-3 font-sans text-sm" data-testid="printed-on">
          <Link href={`/editions/${edition}/pages/${article.pageNumber}`} className="inline-flex items-center gap-3 hover:underline">
            {printed?.variants.some((v) => v.width === 300) && (
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={pageFileUrl(printed.id, 300)}
                width={90}
                height={Math.round((90 * printed.height) / printed.width)}
                alt=""
                loading="lazy"
                className="border border-neutral-300"
              />
            )}
            <span>{fill(m.epaper.printedOn, { page: fill(m.reader.page, { nn: String(article.pageNumber).padStart(2, "0") }), n: article.pageNumber })}</span>
          </Link>
        </aside>
      )}
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

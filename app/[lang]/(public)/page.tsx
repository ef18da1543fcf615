import { Byline } from "@/components/article/byline";
import { HeadlineStack } from "@/components/article/headline-stack";
import { toParagraphs } from "@/lib/articles/paragraphs";
import { assembleFrontPage } from "@/lib/front-page/assemble";
import { formatEditionDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { cachedFrontPageArticles } from "@/lib/public/cached";

export default async function FrontPage({ params }: PageProps<"/[lang]">) {
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : "zh-CN";
  const m = messagesFor(locale);
  const { lead, rest } = assembleFrontPage(await cachedFrontPageArticles());

  if (!lead) return <p className="py-16 text-center text-neutral-600">{m.front.empty}</p>;
  const leadParagraphs = toParagraphs(lead.body).slice(0, 2);

  return (
    <div className="font-serif">
      <h1 className="sr-only">{m.site.name}</h1>
      <article aria-labelledby="lead-story" data-testid="lead-story" className="border-b border-neutral-300 pb-6">
        <p className="mb-2 font-sans text-xs font-semibold text-[var(--color-press)]">{m.front.lead}</p>
        <div id="lead-story">
          <HeadlineStack kicker={lead.kicker} headline={lead.headline} subheadline={lead.subheadline} href={`/articles/${lead.slug}`} size="lead" />
        </div>
        <div className="mt-2">
          <Byline dateline={lead.dateline} contributors={lead.contributors} locale={locale} />
        </div>
        <div className="prose-zh mt-3 max-w-3xl text-[17px]">
          {leadParagraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      </article>

      {rest.length > 0 && (
        <section aria-labelledby="latest" className="mt-6">
          <h2 id="latest" className="border-b-2 border-[var(--color-press)] pb-1 font-sans text-lg font-bold">
            {m.front.latest}
          </h2>
          <ul className="mt-3 grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3 lg:divide-x lg:divide-neutral-200">
            {rest.map((a) => (
              <li key={a.id} className="lg:px-3">
                <HeadlineStack kicker={a.kicker} headline={a.headline} subheadline={a.subheadline} href={`/articles/${a.slug}`} size="item" as="h3" />
                <p className="mt-1 font-sans text-xs text-neutral-600">{formatEditionDate(a.publishedAt, locale)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

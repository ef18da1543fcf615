import Link from "next/link";
import { notFound } from "next/navigation";
import { pageLabel } from "@/components/article/labels";
import { PageThumbnails } from "@/components/epaper/page-thumbnails";
import { FrontPageView } from "@/components/front-page/front-page-view";
import { formatEditionDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";
import { cachedEdition, cachedSections } from "@/lib/public/cached";

export const revalidate = 60;
export const generateStaticParams = () => [];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One day's edition: its pages with their stories, then its front page as it stood. */
export default async function EditionPage({ params }: PageProps<"/[lang]/editions/[date]">) {
  const { lang, date } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  if (!DATE.test(date) || Number.isNaN(Date.parse(date))) notFound();
  const [edition, sections] = await Promise.all([cachedEdition(date), cachedSections()]);
  if (edition.pages.length === 0 && !edition.front.layout.lead) notFound();
  const title = fill(m.reader.editionTitle, { date: formatEditionDate(`${date}T12:00:00Z`, locale, "UTC") });

  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-[var(--color-press)] pb-1">
        <h1 className="font-serif text-2xl font-bold">{title}</h1>
        <nav aria-label={m.reader.editionsNav} className="flex gap-4 font-sans text-sm">
          {edition.previous && <Link href={`/editions/${edition.previous}`}>← {m.reader.previousEdition}</Link>}
          {edition.next && <Link href={`/editions/${edition.next}`}>{m.reader.nextEdition} →</Link>}
        </nav>
      </div>
      {edition.printed.some((page) => page.image) && (
        <nav aria-labelledby="printed-pages" className="mt-4">
          <h2 id="printed-pages" className="mb-3 font-sans text-lg font-bold">
            {m.epaper.title}
          </h2>
          <PageThumbnails messages={m} date={date} pages={edition.printed} />
        </nav>
      )}
      <section aria-label={m.reader.editionPages} className="mt-4 grid gap-6 md:grid-cols-2">
        {edition.pages.map((page) => (
          <div key={`${page.number}-${page.name}`} id={page.number ? `page-${page.number}` : undefined}>
            <h2 className="border-b border-neutral-400 pb-1 font-sans font-bold">
              {page.number ? (
                <Link href={`/editions/${date}/pages/${page.number}`} className="hover:underline">
                  {pageLabel(m, page)}
                </Link>
              ) : (
                pageLabel(m, page)
              )}
            </h2>
            <ul className="mt-2 space-y-1 font-serif">
              {page.cards.map((card) => (
                <li key={card.id}>
                  <Link href={`/articles/${card.slug}`} className="hover:underline">
                    {card.headline}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="front-as-it-stood" className="mt-10 border-t-4 border-double border-neutral-800 pt-4">
        <h2 id="front-as-it-stood" className="mb-4 font-sans text-lg font-bold">
          {m.reader.frontAsItStood}
        </h2>
        <FrontPageView layout={edition.front.layout} cards={edition.front.cards} sections={sections} locale={locale} messages={m} />
      </section>
    </div>
  );
}

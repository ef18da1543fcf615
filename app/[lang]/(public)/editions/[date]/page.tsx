import type { Metadata } from "next";
import Link from "next/link";
import { pageLabel } from "@/components/article/labels";
import { FrontPageView } from "@/components/front-page/front-page-view";
import { NotFoundView, ReaderNotFound } from "@/components/layout/not-found-view";
import { contentLang } from "@/lib/i18n/content-lang";
import { formatEditionDate } from "@/lib/i18n/format";
import { localeOf, type Locale } from "@/lib/i18n/locales";
import { fill, messagesFor, type Messages } from "@/lib/i18n/messages";
import { cachedEdition, cachedSections } from "@/lib/public/cached";

export const revalidate = 60;
export const generateStaticParams = () => [];

/** A real calendar date written yyyy-mm-dd (not 2021-02-30). */
const isDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) && new Date(date).toISOString().slice(0, 10) === date;

const longDate = (date: string, locale: Locale) => formatEditionDate(`${date}T12:00:00Z`, locale, "UTC");

export async function generateMetadata({ params }: PageProps<"/[lang]/editions/[date]">): Promise<Metadata> {
  const { lang, date } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  if (!isDate(date)) return { title: m.notFound.edition.title };
  const edition = await cachedEdition(date);
  return published(edition, date) ? { title: fill(m.reader.editionTitle, { date: longDate(date, locale) }) } : { title: m.notFound.noEditionTitle };
}

// An edition is a day with printed pages or with stories of its own on the
// site; the front page re-assembled for any other day only repeats older news.
const published = (edition: Awaited<ReturnType<typeof cachedEdition>>, date: string) => edition.pages.length > 0 || edition.front.layout.editionDate === date;

/** A day the paper did not appear: a 404 that points to the editions either side. */
function NoEdition({ date, previous, next, locale, messages: m }: { date: string; previous: string | null; next: string | null; locale: Locale; messages: Messages }) {
  return (
    <NotFoundView messages={m} title={m.notFound.noEditionTitle} body={fill(m.notFound.noEditionBody, { date: longDate(date, locale) })}>
      {(previous || next) && (
        <nav aria-label={m.reader.editionsNav} className="mt-4 flex flex-col gap-1" data-testid="nearest-editions">
          {previous && <Link href={`/editions/${previous}`} className="underline">← {fill(m.notFound.earlierEdition, { date: longDate(previous, locale) })}</Link>}
          {next && <Link href={`/editions/${next}`} className="underline">{fill(m.notFound.laterEdition, { date: longDate(next, locale) })} →</Link>}
        </nav>
      )}
    </NotFoundView>
  );
}

/** One day's edition: its pages with their stories, then the website's front page as it stood that day. */
export default async function EditionPage({ params }: PageProps<"/[lang]/editions/[date]">) {
  const { lang, date } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  if (!isDate(date)) return <ReaderNotFound messages={m} kind="edition" />;
  const [edition, sections] = await Promise.all([cachedEdition(date), cachedSections()]);
  if (!published(edition, date)) {
    return <NoEdition date={date} previous={edition.previous} next={edition.next} locale={locale} messages={m} />;
  }
  const title = fill(m.reader.editionTitle, { date: longDate(date, locale) });

  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-[var(--color-press)] pb-1">
        <h1 className="font-serif text-2xl font-bold">{title}</h1>
        <nav aria-label={m.reader.editionsNav} className="flex gap-4 font-sans text-sm">
          {edition.previous && <Link href={`/editions/${edition.previous}`}>← {m.reader.previousEdition}</Link>}
          {edition.next && <Link href={`/editions/${edition.next}`}>{m.reader.nextEdition} →</Link>}
        </nav>
      </div>
      {edition.pages.length > 0 && (
        <section aria-label={m.reader.editionPages} className="mt-4 grid gap-6 md:grid-cols-2">
          {edition.pages.map((page) => (
            <div key={`${page.number}-${page.name}`} id={page.number ? `page-${page.number}` : undefined}>
              <h2 className="border-b border-neutral-400 pb-1 font-sans font-bold">{pageLabel(m, page)}</h2>
              <ul className="mt-2 space-y-1 font-serif">
                {page.cards.map((card) => (
                  <li key={card.id}>
                    <Link href={`/articles/${card.slug}`} className="hover:underline" lang={contentLang(card.headline, locale)}>
                      {card.headline}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      <section aria-labelledby="front-as-it-stood" className="mt-10 border-t-4 border-double border-neutral-800 pt-4">
        <h2 id="front-as-it-stood" className="font-sans text-lg font-bold">
          {m.reader.frontAsItStood}
        </h2>
        <p className="mb-4 font-sans text-sm text-neutral-600">{m.reader.frontAsItStoodNote}</p>
        <FrontPageView layout={edition.front.layout} cards={edition.front.cards} sections={sections} locale={locale} messages={m} />
      </section>
    </div>
  );
}

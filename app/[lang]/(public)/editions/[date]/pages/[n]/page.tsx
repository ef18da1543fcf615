import type { Metadata } from "next";
import Link from "next/link";
import { pageLabel } from "@/components/article/labels";
import { PageThumbnails } from "@/components/epaper/page-thumbnails";
import { PrintedPage } from "@/components/epaper/printed-page";
import { ReaderNotFound } from "@/components/layout/not-found-view";
import { pageFileUrl } from "@/lib/epaper/urls";
import { formatEditionDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";
import { cachedEditionPage } from "@/lib/public/cached";

export const revalidate = 60;
export const generateStaticParams = () => [];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date and page number the URL names, or null for anything else (a 404). */
function parse(date: string, n: string): { date: string; number: number } | null {
  if (!DATE.test(date) || Number.isNaN(Date.parse(date)) || !/^[1-9]\d{0,2}$/.test(n)) return null;
  return { date, number: Number(n) };
}

export async function generateMetadata({ params }: PageProps<"/[lang]/editions/[date]/pages/[n]">): Promise<Metadata> {
  const { lang, date, n } = await params;
  const wanted = parse(date, n);
  const page = wanted && (await cachedEditionPage(wanted.date, wanted.number));
  const m = messagesFor(localeOf(lang));
  if (!page) return { title: m.notFound.printedPage.title, robots: { index: false } };
  const title = fill(m.epaper.pageTitle, { date: formatEditionDate(`${date}T12:00:00Z`, localeOf(lang), "UTC"), page: pageLabel(m, page) });
  return { title, alternates: { canonical: `/editions/${date}/pages/${page.number}` } };
}

/** 数字报: one printed page of a day's paper, its stories clickable on it and listed beside it. */
export default async function EditionPageView({ params }: PageProps<"/[lang]/editions/[date]/pages/[n]">) {
  const { lang, date, n } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const wanted = parse(date, n);
  const page = wanted && (await cachedEditionPage(wanted.date, wanted.number));
  if (!page) return <ReaderNotFound messages={m} kind="printedPage" />;
  const label = pageLabel(m, page);
  const day = formatEditionDate(`${date}T12:00:00Z`, locale, "UTC");

  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-[var(--color-press)] pb-1">
        <h1 className="font-serif text-2xl font-bold">
          <Link href={`/editions/${date}`} className="hover:underline">
            {day}
          </Link>{" "}
          {label}
        </h1>
        <nav aria-label={m.epaper.pageNav} className="flex gap-4 font-sans text-sm">
          {page.previous !== null && (
            <Link href={`/editions/${date}/pages/${page.previous}`} rel="prev">
              ← {m.epaper.previousPage}
            </Link>
          )}
          {page.next !== null && (
            <Link href={`/editions/${date}/pages/${page.next}`} rel="next">
              {m.epaper.nextPage} →
            </Link>
          )}
        </nav>
      </div>

      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
        {page.image ? (
          <section aria-label={m.epaper.regionsOnPage}>
            <PrintedPage messages={m} page={{ ...page, image: page.image }} regions={page.regions} />
            <p className="mt-2 flex flex-wrap gap-4 font-sans text-sm">
              {/* Zoom without script: the widest image, in the browser's own viewer. */}
              <a href={pageFileUrl(page.image.id, 2400)} className="underline">
                {m.epaper.fullSize}
              </a>
              {page.pdf && (
                <a href={pageFileUrl(page.image.id, "pdf")} className="underline" type="application/pdf">
                  {m.epaper.downloadPdf}
                </a>
              )}
            </p>
          </section>
        ) : (
          <p className="font-sans text-neutral-700">{m.epaper.noImage}</p>
        )}
        <section aria-labelledby="stories-on-page" className="lg:order-none">
          <h2 id="stories-on-page" className="border-b border-neutral-400 pb-1 font-sans font-bold">
            {m.epaper.storiesOnPage}
          </h2>
          <ul className="mt-2 space-y-2 font-serif">
            {page.stories.map((story) => (
              <li key={story.slug}>
                <Link href={`/articles/${story.slug}`} className="hover:underline">
                  {story.headline}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <nav aria-labelledby="day-pages" className="mt-8 border-t border-neutral-300 pt-4">
        <h2 id="day-pages" className="mb-3 font-sans font-bold">
          {m.epaper.dayPages}
        </h2>
        <PageThumbnails messages={m} date={date} pages={page.pages} current={page.number} />
      </nav>
    </div>
  );
}

import Link from "next/link";
import { pageLabel } from "@/components/article/labels";
import { contentLang } from "@/lib/i18n/content-lang";
import { formatDayAndTime, formatEditionDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { cachedCorrections, cachedFrontPage } from "@/lib/public/cached";

export const revalidate = 60;

/** Every correction in one place, each linked to its article and, where it ran in print, its page. */
export default async function CorrectionsPage({ params }: PageProps<"/[lang]/corrections">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const [corrections, { settings }] = await Promise.all([cachedCorrections(), cachedFrontPage()]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="border-b-2 border-[var(--color-press)] pb-1 font-serif text-3xl font-bold">{m.reader.corrections}</h1>
      {corrections.length === 0 && <p className="py-8 text-neutral-600">{m.reader.noCorrections}</p>}
      <ol className="divide-y divide-neutral-300">
        {corrections.map((c, i) => (
          <li key={i} className="py-4 [overflow-wrap:anywhere]">
            <p className="font-serif text-lg font-bold" lang={contentLang(c.article.headline, locale)}>
              <Link href={`/articles/${c.article.slug}`} className="hover:underline">
                {c.article.headline}
              </Link>
            </p>
            <p className="mt-1" lang={contentLang(c.note, locale)}>
              {c.note}
            </p>
            <p className="mt-1 font-sans text-xs text-neutral-600">
              <time dateTime={c.createdAt}>{formatDayAndTime(c.createdAt, locale, settings.newsroom.timeZone)}</time>
              {c.article.editionDate && (
                <>
                  {" · "}
                  <Link href={`/editions/${c.article.editionDate}`}>
                    {formatEditionDate(`${c.article.editionDate}T12:00:00Z`, locale, "UTC")} {pageLabel(m, { number: c.article.pageNumber, name: c.article.pageName })}
                  </Link>
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}

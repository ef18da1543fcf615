import Link from "next/link";
import { pageLabel } from "@/components/article/labels";
import { formatEditionDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { cachedCorrections } from "@/lib/public/cached";

export const revalidate = 60;

/** Every correction in one place, each linked to its article and, where it ran in print, its page. */
export default async function CorrectionsPage({ params }: PageProps<"/[lang]/corrections">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const corrections = await cachedCorrections();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="border-b-2 border-[var(--color-press)] pb-1 font-serif text-3xl font-bold">{m.reader.corrections}</h1>
      {corrections.length === 0 && <p className="py-8 text-neutral-600">{m.reader.noCorrections}</p>}
      <ol className="divide-y divide-neutral-300">
        {corrections.map((c, i) => (
          <li key={i} className="py-4">
            <p className="font-serif text-lg font-bold">
              <Link href={`/articles/${c.article.slug}`} className="hover:underline">
                {c.article.headline}
              </Link>
            </p>
            <p className="mt-1">{c.note}</p>
            <p className="mt-1 font-sans text-xs text-neutral-600">
              {formatEditionDate(c.createdAt, locale)}
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

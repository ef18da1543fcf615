import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/front-page/card-list";
import { getDb } from "@/lib/db";
import { contentLang } from "@/lib/i18n/content-lang";
import { formatEditionDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";
import { excerpt, highlight } from "@/lib/search/highlight";
import { searchArticles } from "@/lib/search/search";

export const metadata: Metadata = { robots: { index: false, follow: true } };
// Per query by nature: rendered on request (its results come from the index).
export const dynamic = "force-dynamic";

function Highlighted({ text, query }: { text: string; query: string }) {
  return highlight(text, query).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>));
}

/** Search is per query, so it is the one reader page rendered on request. */
export default async function SearchPage({ params, searchParams }: PageProps<"/[lang]/search">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const { q, page } = await searchParams;
  const query = (typeof q === "string" ? q : "").trim().slice(0, 200);
  const pageNumber = typeof page === "string" && /^\d+$/.test(page) ? Number(page) : 1;
  const result = query ? await searchArticles(getDb(), query, pageNumber) : null;

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-2xl font-bold">{m.reader.search}</h1>
      <form action="/search" role="search" className="mt-3 flex gap-2 font-sans">
        <label htmlFor="search-q" className="sr-only">
          {m.reader.searchLabel}
        </label>
        <input id="search-q" name="q" type="search" defaultValue={query} className="flex-1 rounded border border-neutral-400 px-3 py-2" />
        <button type="submit" className="rounded bg-neutral-900 px-4 py-2 text-white">
          {m.reader.searchSubmit}
        </button>
      </form>
      {result && (
        <>
          <p role="status" className="mt-4 font-sans text-sm text-neutral-700">
            {result.total ? fill(result.capped ? m.reader.resultsCountCapped : m.reader.resultsCount, { n: result.total }) : m.reader.noResults}
          </p>
          <ol className="mt-2 divide-y divide-neutral-300 font-serif">
            {result.hits.map((hit) => (
              <li key={hit.id} className="py-4 [overflow-wrap:anywhere]">
                <h2 className="text-xl font-bold" lang={contentLang(hit.headline, locale)}>
                  <Link href={`/articles/${hit.slug}`} className="hover:underline">
                    <Highlighted text={hit.headline} query={query} />
                  </Link>
                </h2>
                <p className="mt-1 text-neutral-800" lang={contentLang(hit.summary ?? hit.body, locale)}>
                  <Highlighted text={excerpt(hit.summary ?? hit.body, query)} query={query} />
                </p>
                <p className="mt-1 font-sans text-xs text-neutral-600">{formatEditionDate(hit.publishedAt, locale)}</p>
              </li>
            ))}
          </ol>
          <Pagination page={result.page} pages={result.pages} messages={m} href={(n) => `/search?q=${encodeURIComponent(query)}&page=${n}`} />
        </>
      )}
    </div>
  );
}

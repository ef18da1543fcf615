import Link from "next/link";
import type { PublicCard } from "@/lib/articles/public";
import { formatEditionDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import { Story } from "./story";

/** A plain list of stories with their dates, for section and author pages. */
export function CardList({ cards, locale, messages }: { cards: PublicCard[]; locale: Locale; messages: Messages }) {
  if (cards.length === 0) return <p className="py-8 text-neutral-600">{messages.reader.noArticles}</p>;
  return (
    <ul className="divide-y divide-neutral-300 font-serif">
      {cards.map((card) => (
        <li key={card.id} className="py-4">
          <Story card={card} locale={locale} heading="h2" />
          <p className="mt-1 font-sans text-xs text-neutral-600">{formatEditionDate(card.publishedAt, locale)}</p>
        </li>
      ))}
    </ul>
  );
}

/** Previous / next links; pages are paths, not query strings, so each one can be cached. */
export function Pagination({ page, pages, href, messages: m }: { page: number; pages: number; href: (page: number) => string; messages: Messages }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={fill(m.reader.pageOf, { page, pages })} className="mt-6 flex items-center justify-between font-sans text-sm">
      {page > 1 ? <Link href={href(page - 1)} rel="prev">← {m.reader.previousPage}</Link> : <span />}
      <span className="text-neutral-600">{fill(m.reader.pageOf, { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)} rel="next">{m.reader.nextPage} →</Link> : <span />}
    </nav>
  );
}

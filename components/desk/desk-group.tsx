import Link from "next/link";
import { countsLine } from "@/lib/articles/counts";
import type { DeskItem } from "@/lib/articles/my-desk";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import { StatusBadge } from "./status-badge";

interface Props {
  /** Also the heading's id and the section's test id. */
  id: string;
  title: string;
  hint?: string;
  /** The page shown, of `pages`; `total` articles in the group. */
  items: DeskItem[];
  total: number;
  page: number;
  pages: number;
  pageHref: (page: number) => string;
  /** A search is on: an empty group says nothing matched. */
  searching?: boolean;
  empty: string;
  /** Red count: this group needs the reporter now. */
  urgent?: boolean;
  locale: Locale;
  timeZone: string;
  messages: Messages;
}

/** One group of My desk: a heading with its count, then a dense list of articles. */
export function DeskGroup({ id, title, hint, items, total, page, pages, pageHref, searching = false, empty, urgent = false, locale, timeZone, messages: m }: Props) {
  const tone = urgent && total > 0 ? "bg-red-100 text-red-800" : "bg-neutral-100 text-neutral-700";
  return (
    <section aria-labelledby={id} className="mb-6" data-testid={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}{" "}
        <span className={`ml-1 rounded px-2 py-0.5 text-sm font-medium ${tone}`} data-testid="count">
          {total}
        </span>
      </h2>
      {hint && <p className="text-xs text-neutral-600">{hint}</p>}
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-neutral-600">{searching ? m.myDesk.noMatches : empty}</p>
      ) : (
        <ul className="mt-2 divide-y divide-neutral-200 border-y border-neutral-200 text-sm">
          {items.map((item) => (
            <li key={item.id} className="py-2" data-testid="desk-item">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <Link href={`/desk/articles/${item.id}`} className="font-medium hover:underline">
                  {item.headline}
                </Link>
                <StatusBadge status={item.status} messages={m} />
                <span className="text-neutral-600">{countsLine(m.myDesk, item.counts)}</span>
                <span className="text-neutral-600">
                  {item.status === "PUBLISHED" && item.publishedAt
                    ? fill(m.myDesk.publishedAt, { time: formatDateTime(item.publishedAt, locale, timeZone) })
                    : fill(m.myDesk.updated, { time: formatDateTime(item.updatedAt, locale, timeZone) })}
                </span>
              </div>
              {item.returnNote && (
                <p className="mt-1 border-l-2 border-red-300 pl-2 text-neutral-800">
                  <span className="font-medium text-red-800">{fill(m.myDesk.returnNote, { name: item.returnNote.by })}: </span>
                  <span className="whitespace-pre-wrap" data-testid="desk-return-note">
                    {item.returnNote.note}
                  </span>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={fill(m.myDesk.pageOf, { page, pages })} className="mt-2 flex items-center gap-3 text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} rel="prev" className="underline">
              {m.myDesk.previousPage}
            </Link>
          ) : (
            <span className="text-neutral-400">{m.myDesk.previousPage}</span>
          )}
          <span className="text-neutral-600" data-testid="page-of">
            {fill(m.myDesk.pageOf, { page, pages })}
          </span>
          {page < pages ? (
            <Link href={pageHref(page + 1)} rel="next" className="underline">
              {m.myDesk.nextPage}
            </Link>
          ) : (
            <span className="text-neutral-400">{m.myDesk.nextPage}</span>
          )}
        </nav>
      )}
    </section>
  );
}

import Link from "next/link";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import { StatusBadge } from "./status-badge";

export interface ReviewRow {
  id: string;
  headline: string;
  status: ArticleStatus;
  createdBy: { name: string };
  section: { nameZh: string; nameEn: string } | null;
  /** 字数 of the body. */
  length: number;
  /** Since when it waits where it is. */
  waitingSince: Date;
}

/** A column a page adds after the status (三校's rounds): its heading and each row's cell by article id. */
export interface ExtraColumn {
  label: string;
  cells: Map<string, string>;
}

/** How long something has waited, the coarsest way that still tells two rows apart: 40 min, 5 h, 2 d 3 h. */
export function waitingFor(since: Date, now: Date, m: Pick<Messages, "review">): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return fill(m.review.minutes, { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return fill(m.review.hours, { n: hours });
  return fill(m.review.days, { d: Math.floor(hours / 24), h: hours % 24 });
}

/** The review queue: what each article is, where it runs, how long it is and how long it has waited. */
export function ReviewTable({ rows, locale, messages: m, now, extra }: { rows: ReviewRow[]; locale: Locale; messages: Messages; now: Date; extra?: ExtraColumn }) {
  if (rows.length === 0) return <p className="text-neutral-600">{m.desk.emptyReview}</p>;
  const th = "py-2 pr-3 font-medium";
  return (
    // Wider than a phone: it scrolls inside its own box, the page does not.
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="review-queue">
        <thead>
          <tr className="border-b border-neutral-300 text-left text-neutral-600">
            <th className={th}>{m.desk.headline}</th>
            <th className={th}>{m.desk.status}</th>
            {extra && <th className={th}>{extra.label}</th>}
            <th className={th}>{m.review.section}</th>
            <th className={`${th} text-right`}>{m.review.length}</th>
            <th className={`${th} text-right`}>{m.review.waiting}</th>
            <th className="py-2 font-medium">{m.desk.author}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-neutral-200">
              <td className="min-w-48 py-2 pr-3">
                <Link href={`/desk/articles/${row.id}`} className="font-medium hover:underline">
                  {row.headline}
                </Link>
              </td>
              <td className="py-2 pr-3">
                <StatusBadge status={row.status} messages={m} />
              </td>
              {extra && <td className="py-2 pr-3 text-neutral-700">{extra.cells.get(row.id) ?? ""}</td>}
              <td className="whitespace-nowrap py-2 pr-3" data-testid="review-section">
                {row.section ? (locale === "en" ? row.section.nameEn : row.section.nameZh) : <span className="text-neutral-500">{m.review.noSection}</span>}
              </td>
              <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums" data-testid="review-length">
                {row.length}
              </td>
              <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums" data-testid="review-waiting">
                {waitingFor(row.waitingSince, now, m)}
              </td>
              <td className="whitespace-nowrap py-2">{row.createdBy.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

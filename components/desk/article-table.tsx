import Link from "next/link";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { StatusBadge } from "./status-badge";

export interface ArticleRow {
  id: string;
  headline: string;
  status: ArticleStatus;
  updatedAt: Date;
  createdBy: { name: string };
}

/** A column a page adds after the status: its heading and each row's cell by article id. */
export interface ExtraColumn {
  label: string;
  cells: Map<string, string>;
}

export function ArticleTable({ rows, locale, messages: m, empty, extra }: { rows: ArticleRow[]; locale: Locale; messages: Messages; empty: string; extra?: ExtraColumn }) {
  if (rows.length === 0) return <p className="text-neutral-600">{empty}</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr className="border-b border-neutral-300 text-left text-neutral-600">
          <th className="py-2 pr-3 font-medium">{m.desk.headline}</th>
          <th className="py-2 pr-3 font-medium">{m.desk.status}</th>
          {extra && <th className="py-2 pr-3 font-medium">{extra.label}</th>}
          <th className="py-2 pr-3 font-medium">{m.desk.author}</th>
          <th className="py-2 font-medium">{m.desk.updated}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-neutral-200">
            <td className="py-2 pr-3">
              <Link href={`/desk/articles/${row.id}`} className="font-medium hover:underline">
                {row.headline}
              </Link>
            </td>
            <td className="py-2 pr-3">
              <StatusBadge status={row.status} messages={m} />
            </td>
            {extra && <td className="py-2 pr-3 text-neutral-700">{extra.cells.get(row.id) ?? ""}</td>}
            <td className="py-2 pr-3">{row.createdBy.name}</td>
            <td className="py-2 text-neutral-600">{formatDateTime(row.updatedAt, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import Link from "next/link";
import { fill, type Messages } from "@/lib/i18n/messages";
import type { AuditFilter } from "@/lib/validation/audit";

/** Previous / next pages of the log, keeping the filters. */
export function AuditPagination({ messages: m, filter, pages }: { messages: Messages; filter: AuditFilter; pages: number }) {
  if (pages <= 1) return null;
  const href = (page: number) => {
    const query = new URLSearchParams();
    for (const key of ["person", "status", "action", "from", "to"] as const) if (filter[key]) query.set(key, filter[key]);
    if (page > 1) query.set("page", String(page));
    const search = query.toString();
    return search ? `/desk/audit?${search}` : "/desk/audit";
  };
  return (
    <nav aria-label={fill(m.reader.pageOf, { page: filter.page, pages })} className="flex items-center gap-4 text-sm">
      {filter.page > 1 && <Link href={href(filter.page - 1)}>{m.reader.previousPage}</Link>}
      <span className="text-neutral-600">{fill(m.reader.pageOf, { page: filter.page, pages })}</span>
      {filter.page < pages && <Link href={href(filter.page + 1)}>{m.reader.nextPage}</Link>}
    </nav>
  );
}

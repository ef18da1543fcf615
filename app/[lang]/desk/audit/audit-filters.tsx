import Link from "next/link";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";
import type { AuditFilter } from "@/lib/validation/audit";

interface Props {
  messages: Messages;
  filter: AuditFilter;
  people: { id: string; name: string }[];
}

const control = "mt-1 block rounded border border-neutral-400 bg-white px-2 py-1";

/** A plain GET form: the filters live in the address, so a filtered log can be bookmarked or shared. */
export function AuditFilters({ messages: m, filter, people }: Props) {
  const statuses = Object.keys(m.status) as ArticleStatus[];
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
      <label className="block">
        {m.audit.person}
        <select name="person" defaultValue={filter.person ?? ""} className={control}>
          <option value="">{m.audit.anyone}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {m.audit.status}
        <select name="status" defaultValue={filter.status ?? ""} className={control}>
          <option value="">{m.audit.anyStatus}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {m.status[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {m.audit.from}
        <input type="date" name="from" defaultValue={filter.from ?? ""} className={control} />
      </label>
      <label className="block">
        {m.audit.to}
        <input type="date" name="to" defaultValue={filter.to ?? ""} className={control} />
      </label>
      <button type="submit" className="rounded bg-neutral-900 px-3 py-1.5 text-white">
        {m.audit.filter}
      </button>
      <Link href="/desk/audit" className="py-1.5 text-neutral-700 underline">
        {m.audit.clear}
      </Link>
    </form>
  );
}

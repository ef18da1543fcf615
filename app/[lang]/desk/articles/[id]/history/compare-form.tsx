import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import type { RevisionHistory } from "@/lib/revisions/list";

interface Props {
  revisions: RevisionHistory["revisions"];
  from?: number;
  to?: number;
  locale: Locale;
  timeZone: string;
  messages: Messages;
}

const select = "mt-1 block max-w-full rounded border border-neutral-400 bg-white px-2 py-1";

/** Picks two versions; a plain GET form, so a comparison has its own address (?from=1&to=3). */
export function CompareForm({ revisions, from, to, locale, timeZone, messages: m }: Props) {
  const options = revisions.map((r) => (
    <option key={r.id} value={r.version}>
      {[fill(m.revisions.version, { n: r.version }), m.revisions.kinds[r.kind], r.author.name, formatDateTime(r.createdAt, locale, timeZone)].join(" · ")}
    </option>
  ));
  return (
    <form method="get" className="mb-6 flex flex-wrap items-end gap-3 text-sm">
      <div>
        <label htmlFor="compare-from">{m.revisions.from}</label>
        <select id="compare-from" name="from" defaultValue={from} className={select}>
          {options}
        </select>
      </div>
      <div>
        <label htmlFor="compare-to">{m.revisions.to}</label>
        <select id="compare-to" name="to" defaultValue={to} className={select}>
          {options}
        </select>
      </div>
      <button type="submit" className="rounded border border-neutral-400 px-3 py-1.5 hover:bg-neutral-100">
        {m.revisions.compare}
      </button>
    </form>
  );
}

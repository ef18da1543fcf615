import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/control";
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

/** Picks two versions; a plain GET form, so a comparison has its own address (?from=1&to=3). */
export function CompareForm({ revisions, from, to, locale, timeZone, messages: m }: Props) {
  const versions = revisions.map((r) => ({
    value: r.version,
    label: [fill(m.revisions.version, { n: r.version }), m.revisions.kinds[r.kind], r.author.name, formatDateTime(r.createdAt, locale, timeZone)].join(" · "),
  }));
  const select = (name: "from" | "to", value?: number) => (
    <div>
      <label htmlFor={`compare-${name}`}>{m.revisions[name]}</label>
      <Select compact id={`compare-${name}`} name={name} defaultValue={value} className="mt-1 block max-w-full" items={versions} />
    </div>
  );
  return (
    <form method="get" className="mb-6 flex flex-wrap items-end gap-3 text-sm">
      {select("from", from)}
      {select("to", to)}
      <Button type="submit" variant="secondary" size="sm">
        {m.revisions.compare}
      </Button>
    </form>
  );
}

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, Labelled, options, Select } from "@/components/ui/control";
import type { ArticleStatus, AuditAction } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";
import type { AuditFilter } from "@/lib/validation/audit";

interface Props {
  messages: Messages;
  filter: AuditFilter;
  people: { id: string; name: string }[];
}

/** A plain GET form: the filters live in the address, so a filtered log can be bookmarked or shared. */
export function AuditFilters({ messages: m, filter, people }: Props) {
  const statuses = Object.keys(m.status) as ArticleStatus[];
  const actions = Object.keys(m.auditLog.actions) as AuditAction[];
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
      <Labelled label={m.audit.person}><Select compact name="person" defaultValue={filter.person ?? ""} className="mt-1 block" items={people.map((p) => ({ value: p.id, label: p.name }))} empty={m.audit.anyone} /></Labelled>
      <Labelled label={m.audit.status}><Select compact name="status" defaultValue={filter.status ?? ""} className="mt-1 block" items={options(statuses, m.status)} empty={m.audit.anyStatus} /></Labelled>
      <Labelled label={m.auditLog.action}><Select compact name="action" defaultValue={filter.action ?? ""} className="mt-1 block" items={options(actions, m.auditLog.actions)} empty={m.auditLog.anyAction} /></Labelled>
      <Labelled label={m.audit.from}><Input compact type="date" name="from" defaultValue={filter.from ?? ""} className="mt-1 block" /></Labelled>
      <Labelled label={m.audit.to}><Input compact type="date" name="to" defaultValue={filter.to ?? ""} className="mt-1 block" /></Labelled>
      <Button type="submit" size="sm">
        {m.audit.filter}
      </Button>
      <Link href="/desk/audit" className="py-1.5 text-neutral-700 underline">
        {m.audit.clear}
      </Link>
    </form>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/desk/status-badge";
import { auditPeople, listAuditEvents } from "@/lib/audit/list";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";
import { readPublicSettings } from "@/lib/settings";
import { auditFilterSchema } from "@/lib/validation/audit";
import { AuditFilters } from "./audit-filters";
import { AuditPagination } from "./audit-pagination";

/** Every workflow transition in the newsroom, newest first (admins only). */
export default async function AuditPage({ params, searchParams }: PageProps<"/[lang]/desk/audit">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  if (!can(actor, "audit:read")) notFound();

  const db = getDb();
  const filter = auditFilterSchema.parse(await searchParams);
  const { timeZone } = (await readPublicSettings(db)).newsroom;
  const [log, people] = await Promise.all([listAuditEvents(db, actor, filter, timeZone), auditPeople(db, actor)]);
  const th = "py-2 pr-3 font-medium";

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{m.audit.title}</h1>
      <AuditFilters messages={m} filter={filter} people={people} />
      <p className="text-sm text-neutral-600">{fill(m.audit.total, { n: log.total })}</p>
      {log.events.length === 0 ? (
        <p className="text-neutral-600">{m.audit.empty}</p>
      ) : (
        <table className="w-full border-collapse text-sm" data-testid="audit-log">
          <thead>
            <tr className="border-b border-neutral-300 text-left text-neutral-600">
              <th className={th}>{m.audit.time}</th>
              <th className={th}>{m.audit.person}</th>
              <th className={th}>{m.audit.article}</th>
              <th className={th}>{m.audit.change}</th>
              <th className={th}>{m.audit.stage}</th>
              <th className={th}>{m.audit.note}</th>
            </tr>
          </thead>
          <tbody>
            {log.events.map((event) => (
              <tr key={event.id} className="border-b border-neutral-200 align-top">
                <td className="py-2 pr-3 whitespace-nowrap text-neutral-600">{formatDateTime(event.createdAt, locale, timeZone)}</td>
                <td className="py-2 pr-3">{event.actor.name}</td>
                <td className="py-2 pr-3">
                  <Link href={`/desk/articles/${event.article.id}`} className="hover:underline">
                    {event.article.headline}
                  </Link>
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">
                  {event.fromStatus ? <StatusBadge status={event.fromStatus} messages={m} /> : <span className="text-neutral-500">{m.audit.created}</span>}
                  {" → "}
                  <StatusBadge status={event.toStatus} messages={m} />
                </td>
                <td className="py-2 pr-3">{event.stage ? fill(m.audit.stageN, { n: event.stage }) : ""}</td>
                <td className="py-2 whitespace-pre-line">{event.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AuditPagination messages={m} filter={filter} pages={log.pages} />
    </div>
  );
}

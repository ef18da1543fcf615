import Link from "next/link";
import { Refused } from "@/components/desk/refused";
import { StatusBadge } from "@/components/desk/status-badge";
import { describeAuditEntry } from "@/lib/audit/describe";
import { auditPeople, listAuditEvents, type AuditEvent } from "@/lib/audit/list";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor, type Messages } from "@/lib/i18n/messages";
import { readPublicSettings } from "@/lib/settings";
import { auditFilterSchema } from "@/lib/validation/audit";
import { eventText } from "@/lib/workflow/event-text";
import { AuditFilters } from "./audit-filters";
import { AuditPagination } from "./audit-pagination";

const cell = "py-2 pr-3";

/** The middle cells of one row: what was done, to what, and the particulars. */
function Cells({ event, m, locale }: { event: AuditEvent; m: Messages; locale: Locale }) {
  if (event.source === "workflow") {
    return (
      <>
        <td className={`${cell} whitespace-nowrap`}>
          {event.fromStatus ? <StatusBadge status={event.fromStatus} messages={m} /> : <span className="text-neutral-500">{m.audit.created}</span>}
          {" → "}
          <StatusBadge status={event.toStatus} messages={m} />
        </td>
        <td className={cell}>
          <Link href={`/desk/articles/${event.article.id}`} className="hover:underline">
            {event.article.headline}
          </Link>
        </td>
        <td className={`${cell} whitespace-pre-line`}>
          {event.stage ? `${fill(m.audit.stageN, { n: event.stage })} ` : ""}
          {eventText(event, m, locale)}
        </td>
      </>
    );
  }
  const { subject, detail } = describeAuditEntry(event, m, locale);
  return (
    <>
      <td className={cell} data-testid="audit-action">
        {m.auditLog.actions[event.action]}
      </td>
      <td className={cell}>{subject}</td>
      <td className={cell}>{detail}</td>
    </>
  );
}

/** Every workflow transition and every other audited act in the newsroom, newest first (admins only). */
export default async function AuditPage({ params, searchParams }: PageProps<"/[lang]/desk/audit">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  if (!can(actor, "audit:read")) return <Refused page="audit" role={actor.role} messages={m} />;

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
        // Wider than a phone: it scrolls inside its own box, the page does not.
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="audit-log">
            <thead>
              <tr className="border-b border-neutral-300 text-left text-neutral-600">
                <th className={th}>{m.audit.time}</th>
                <th className={th}>{m.audit.person}</th>
                <th className={th}>{m.auditLog.action}</th>
                <th className={th}>{m.auditLog.target}</th>
                <th className={th}>{m.auditLog.detail}</th>
                <th className={th}>{m.auditLog.address}</th>
              </tr>
            </thead>
            <tbody>
              {log.events.map((event) => (
                <tr key={event.id} className="border-b border-neutral-200 align-top">
                  <td className={`${cell} whitespace-nowrap text-neutral-600`}>{formatDateTime(event.createdAt, locale, timeZone)}</td>
                  <td className={cell}>{event.actor?.name ?? m.auditLog.someone}</td>
                  <Cells event={event} m={m} locale={locale} />
                  <td className="py-2 font-mono text-xs text-neutral-600">{event.source === "account" ? event.address : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AuditPagination messages={m} filter={filter} pages={log.pages} />
    </div>
  );
}

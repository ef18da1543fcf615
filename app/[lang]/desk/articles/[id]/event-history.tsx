import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { DeskArticle } from "@/lib/articles/queries";
import { eventText } from "@/lib/workflow/event-text";

/** The article's audit log: who, when, from, to, note. */
export function EventHistory({ events, locale, messages: m }: { events: DeskArticle["events"]; locale: Locale; messages: Messages }) {
  return (
    <section aria-labelledby="history" className="text-sm">
      <h2 id="history" className="mb-2 font-medium">
        {m.desk.history}
      </h2>
      <ol className="space-y-1 text-neutral-700">
        {events.map((event) => {
          const note = eventText(event, m, locale);
          return (
            <li key={event.id}>
              {formatDateTime(event.createdAt, locale)} · {event.actor.name} · {event.fromStatus ? `${m.status[event.fromStatus]} → ` : ""}
              {m.status[event.toStatus]}
              {note && <span className="block whitespace-pre-line pl-3 text-neutral-600">“{note}”</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { listNotifications } from "@/lib/notifications";
import { readPublicSettings } from "@/lib/settings";
import { NotificationItem } from "./notification-item";
import { ReadButton } from "./read-button";

/** One's own notices, newest first. */
export default async function NotificationsPage({ params }: PageProps<"/[lang]/desk/notifications">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  const db = getDb();
  const [items, { newsroom }] = await Promise.all([listNotifications(db, actor, { take: 100 }), readPublicSettings(db)]);

  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">{m.notifications.title}</h1>
        {items.some((item) => !item.readAt) && <ReadButton label={m.notifications.markAllRead} />}
      </div>
      {items.length === 0 ? (
        <p className="text-neutral-600">{m.notifications.empty}</p>
      ) : (
        <ul className="divide-y divide-neutral-200 rounded border border-neutral-300 bg-white">
          {items.map((item) => (
            <NotificationItem key={item.id} item={item} locale={locale} messages={m} timeZone={newsroom.timeZone} />
          ))}
        </ul>
      )}
    </div>
  );
}

import Link from "next/link";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import { NOTIFICATION_KINDS, type NotificationItem as Item, type NotificationKind } from "@/lib/notifications";
import { ReadButton } from "./read-button";

// Shown under the line: the return note, or the comment itself.
const WITH_DETAIL: NotificationKind[] = ["returned", "comment"];

const isKind = (kind: string): kind is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(kind);

export function NotificationItem({ item, locale, messages: m, timeZone }: { item: Item; locale: Locale; messages: Messages; timeZone: string }) {
  const n = m.notifications;
  const title = item.article?.headline ?? item.detail ?? "";
  const line = isKind(item.kind) ? fill(n.kinds[item.kind], { actor: item.actorName ?? n.someone, title }) : item.kind;
  const href = item.articleId ? `/desk/articles/${item.articleId}` : item.assignmentId ? `/desk/assignments#assignment-${item.assignmentId}` : null;
  const unread = !item.readAt;
  return (
    <li data-testid="notification" data-kind={item.kind} data-unread={unread} className={`flex flex-wrap items-start justify-between gap-3 p-3 ${unread ? "font-semibold" : "text-neutral-700"}`}>
      <div className="min-w-0 space-y-1">
        <p>
          {unread && <span className="sr-only">{n.unread}: </span>}
          {href ? (
            <Link href={href} className="hover:underline">
              {line}
            </Link>
          ) : (
            line
          )}
        </p>
        {isKind(item.kind) && WITH_DETAIL.includes(item.kind) && item.detail && <p className="whitespace-pre-wrap text-sm font-normal text-neutral-700">“{item.detail}”</p>}
        <time dateTime={item.createdAt.toISOString()} className="block text-xs font-normal text-neutral-600">
          {formatDateTime(item.createdAt, locale, timeZone)}
        </time>
      </div>
      {unread && <ReadButton id={item.id} label={n.markRead} />}
    </li>
  );
}

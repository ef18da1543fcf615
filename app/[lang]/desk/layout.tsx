import type { Metadata } from "next";
import { Sidebar } from "@/components/desk/sidebar";
import { requireActor } from "@/lib/auth/require";
import { isDatabaseDown } from "@/lib/database/errors";
import { getDb } from "@/lib/db";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { unreadCount } from "@/lib/notifications";
import { DeskNotice, UnavailableTextProvider } from "./unavailable";

export const metadata: Metadata = { robots: { index: false } };
// The desk is per person: always rendered for the request, never cached.
export const dynamic = "force-dynamic";

export default async function DeskLayout({ children, params }: LayoutProps<"/[lang]/desk">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  // Who is signed in is read from the database; with the database down the
  // desk says so plainly (and reloads itself when it is back).
  // A user whose password was reset gets the desk's frame; each page sends
  // them to set a new password first (lib/auth/require.ts).
  const actor = await requireActor({ whilePasswordPending: true }).catch((error: unknown) => {
    if (isDatabaseDown(error)) return null;
    throw error;
  });
  if (!actor) {
    return (
      <main className="p-4 md:p-6">
        <DeskNotice text={m.deskUnavailable} databaseDown />
      </main>
    );
  }
  // The error boundary of the desk sits below this layout: with the database
  // down, the page says so and the sidebar just shows no count.
  const unread = await unreadCount(getDb(), actor).catch((error: unknown) => {
    if (isDatabaseDown(error)) return 0;
    throw error;
  });
  return (
    <div className="flex flex-col font-sans md:flex-row">
      <Sidebar actor={actor} locale={locale} messages={m} unread={unread} />
      <main className="min-w-0 flex-1 p-4 md:p-6">
        <UnavailableTextProvider text={m.deskUnavailable}>{children}</UnavailableTextProvider>
      </main>
    </div>
  );
}

import Link from "next/link";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { can, type Actor } from "@/lib/auth/policy";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import { signOutAction } from "./sign-out-actions";

interface SidebarProps {
  actor: Actor & { name: string };
  locale: Locale;
  messages: Messages;
  /** Unread notifications, loaded by the desk layout. */
  unread?: number;
}

export function Sidebar({ actor, locale, messages: m, unread = 0 }: SidebarProps) {
  const reviews = can(actor, "review:read");
  const link = "block rounded px-3 py-2 hover:bg-neutral-200";
  return (
    <aside className="flex w-full flex-col gap-4 border-b border-neutral-300 bg-neutral-100 p-4 md:min-h-screen md:w-56 md:border-b-0 md:border-r">
      <Link href="/" className="font-serif text-lg font-bold">
        {m.site.name}
      </Link>
      <nav aria-label={m.desk.title} className="flex flex-col gap-1 text-sm">
        <Link href="/desk" className={link}>
          {m.desk.myArticles}
        </Link>
        <Link href="/desk/articles/new" className={link}>
          {m.desk.newArticle}
        </Link>
        <Link href="/desk/assignments" className={link}>
          {m.desk.assignments}
        </Link>
        {can(actor, "media:upload") && (
          <Link href="/desk/photos" className={link}>
            {m.media.library}
          </Link>
        )}
        <Link href="/desk/notifications" className={`${link} flex items-center justify-between gap-2`}>
          {m.desk.notifications}
          {unread > 0 && (
            <span data-testid="unread-count" className="rounded-full bg-red-700 px-2 text-xs font-medium text-white">
              <span aria-hidden="true">{unread}</span>
              <span className="sr-only">{fill(m.notifications.unreadCount, { n: unread })}</span>
            </span>
          )}
        </Link>
        {reviews && (
          <Link href="/desk/review" className={link}>
            {m.desk.review}
          </Link>
        )}
        {(can(actor, "settings:manage") || can(actor, "proofread:settings")) && (
          <Link href="/desk/settings" className={link}>
            {m.desk.settings}
          </Link>
        )}
        {can(actor, "front-page:preview") && (
          <Link href="/desk/front-page" className={link}>
            {m.desk.frontPage}
          </Link>
        )}
        {can(actor, "proofread:words") && (
          <Link href="/desk/words" className={link}>
            {m.desk.proofWords}
          </Link>
        )}
        {can(actor, "article:import") && (
          <Link href="/desk/import" className={link}>
            {m.desk.import}
          </Link>
        )}
        {can(actor, "users:manage") && (
          <Link href="/desk/users" className={link}>
            {m.desk.users}
          </Link>
        )}
        {can(actor, "sections:manage") && (
          <Link href="/desk/sections" className={link}>
            {m.desk.sectionsAdmin}
          </Link>
        )}
        {can(actor, "audit:read") && (
          <Link href="/desk/audit" className={link}>
            {m.desk.audit}
          </Link>
        )}
      </nav>
      <div className="mt-auto space-y-2 text-sm">
        <p className="text-neutral-600">
          {m.desk.signedInAs}: <span data-testid="current-user" className="font-medium text-neutral-900">{actor.name}</span> · {m.roles[actor.role]}
        </p>
        <Link href="/desk/account" className="block underline">
          {m.account.title}
        </Link>
        <form action={signOutAction}>
          <button type="submit" className="rounded border border-neutral-400 px-3 py-1 hover:bg-neutral-200">
            {m.nav.signOut}
          </button>
        </form>
        <LanguageSwitcher current={locale} label={m.nav.language} />
      </div>
    </aside>
  );
}

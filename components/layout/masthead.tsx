import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { LanguageSwitcher } from "./language-switcher";

export function Masthead({ locale, messages, dateLine }: { locale: Locale; messages: Messages; dateLine?: string }) {
  return (
    <header className="border-b-4 border-double border-[var(--color-ink)]">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 pt-2 text-sm text-neutral-600">
        <span>{dateLine}</span>
        <nav className="flex items-center gap-3" aria-label={messages.nav.desk}>
          <Link href="/desk" className="hover:underline">
            {messages.nav.desk}
          </Link>
          <LanguageSwitcher current={locale} label={messages.nav.language} />
        </nav>
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-3 text-center">
        <Link href="/" className="font-serif text-4xl font-bold tracking-widest sm:text-5xl">
          {messages.site.name}
        </Link>
      </div>
    </header>
  );
}

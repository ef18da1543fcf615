import Link from "next/link";
import { pageLabel, sectionName } from "@/components/article/labels";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { LanguageSwitcher } from "./language-switcher";

interface Props {
  locale: Locale;
  messages: Messages;
  paperName: string;
  dateLine: string | null;
  editionDate: string | null;
  pages: { number: number; name: string | null }[];
  sections: { slug: string; nameZh: string; nameEn: string }[];
}

/** The paper's name, the edition's date and pages, the section bar. */
export function Masthead({ locale, messages: m, paperName, dateLine, editionDate, pages, sections }: Props) {
  return (
    <header className="font-sans">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 pt-2 text-sm text-neutral-700">
        <span>{dateLine}</span>
        <div className="flex items-center gap-3">
          <form action="/search" role="search" className="flex items-center gap-1">
            <label htmlFor="masthead-search" className="sr-only">
              {m.reader.searchLabel}
            </label>
            <input id="masthead-search" name="q" type="search" placeholder={m.reader.search} className="w-32 rounded border border-neutral-400 px-2 py-1 sm:w-44" />
          </form>
          <Link href="/desk" className="hover:underline">
            {m.nav.desk}
          </Link>
          <LanguageSwitcher current={locale} label={m.nav.language} />
        </div>
      </div>
      <div className="mx-auto max-w-6xl border-b-4 border-double border-[var(--color-ink)] px-4 pb-2 pt-1 text-center">
        {/* Letter-spacing suits a name in characters; a Latin name set that wide wraps on a phone. */}
        <Link href="/" className={`font-serif text-4xl font-bold sm:text-6xl ${locale === "en" ? "tracking-tight" : "tracking-[0.2em]"}`}>
          {paperName}
        </Link>
        {editionDate && pages.length > 0 && (
          <nav aria-label={m.reader.pagesTitle} className="mt-2 flex flex-wrap justify-center gap-x-4 text-sm text-neutral-700">
            {pages.map((page) => (
              <Link key={page.number} href={`/editions/${editionDate}#page-${page.number}`} className="hover:underline">
                {pageLabel(m, page)}
              </Link>
            ))}
          </nav>
        )}
      </div>
      <nav aria-label={m.reader.sections} className="mx-auto max-w-6xl border-b border-neutral-400 px-4">
        <ul className="flex gap-5 overflow-x-auto py-2 text-sm font-medium">
          {sections.map((s) => (
            <li key={s.slug} className="shrink-0">
              <Link href={`/sections/${s.slug}`} className="hover:text-[var(--color-press)]">
                {sectionName(s, locale)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

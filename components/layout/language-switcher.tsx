"use client";

import { usePathname } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { setLanguage } from "./language-actions";

const NAMES: Record<Locale, string> = { "zh-CN": "中文", en: "English" };

export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname();
  return (
    <form action={setLanguage} className="flex items-center gap-1 text-sm" aria-label={label}>
      <input type="hidden" name="next" value={pathname} />
      {(Object.keys(NAMES) as Locale[]).map((locale) => (
        <button
          key={locale}
          type="submit"
          name="lang"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="rounded px-2 py-1 hover:bg-black/5 aria-pressed:font-semibold aria-pressed:underline"
        >
          {NAMES[locale]}
        </button>
      ))}
    </form>
  );
}

import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import type { FooterSettings } from "@/lib/settings";

interface Props {
  locale: Locale;
  messages: Messages;
  paperName: string;
  footer: FooterSettings;
}

/**
 * The footer a Chinese news site must carry (PRODUCT §6), set in the desk's
 * settings: copyright, the ICP filing number linking where the admin says,
 * contacts, the illegal-content report line, the corrections page. A line
 * left empty is not shown.
 */
export function Footer({ locale, messages: m, paperName, footer }: Props) {
  const copyright = (locale === "en" ? footer.copyrightEn : footer.copyrightZh) || fill(m.footer.copyright, { paper: paperName });
  return (
    <footer className="mx-auto mt-12 max-w-6xl border-t-4 border-double border-[var(--color-ink)] font-sans text-sm text-neutral-700" data-testid="site-footer">
      <div className="flex flex-col gap-2 px-4 py-6 [overflow-wrap:anywhere] sm:flex-row sm:flex-wrap sm:justify-between">
        <p>{copyright}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <Link href="/corrections" className="underline">
              {m.reader.corrections}
            </Link>
          </li>
          {footer.contact && <li>{fill(m.footer.contact, { contact: footer.contact })}</li>}
          {footer.reportContact && <li>{fill(m.footer.report, { contact: footer.reportContact })}</li>}
          {footer.icpNumber && (
            <li>
              <a href={footer.icpUrl} rel="noopener noreferrer" className="underline">
                {footer.icpNumber}
              </a>
            </li>
          )}
        </ul>
      </div>
    </footer>
  );
}

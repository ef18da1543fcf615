import "@fontsource/noto-serif-sc/400.css";
import "@fontsource/noto-serif-sc/700.css";
import { Footer } from "@/components/layout/footer";
import { Masthead } from "@/components/layout/masthead";
import { formatEditionDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { cachedFrontPage } from "@/lib/public/cached";

export default async function PublicLayout({ children, params }: LayoutProps<"/[lang]">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const { layout, settings, sections, pages } = await cachedFrontPage();
  const { newsroom, footer } = settings;
  const paperName = locale === "en" ? newsroom.paperNameEn : newsroom.paperNameZh;
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only">
        {m.nav.skipToContent}
      </a>
      <Masthead
        locale={locale}
        messages={m}
        paperName={paperName}
        dateLine={layout.editionDate ? formatEditionDate(`${layout.editionDate}T12:00:00Z`, locale, "UTC") : null}
        editionDate={layout.editionDate}
        pages={pages}
        sections={sections}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <Footer locale={locale} messages={m} paperName={paperName} footer={footer} />
    </>
  );
}

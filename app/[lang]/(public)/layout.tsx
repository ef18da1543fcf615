import { Masthead } from "@/components/layout/masthead";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

export default async function PublicLayout({ children, params }: LayoutProps<"/[lang]">) {
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : "zh-CN";
  const messages = messagesFor(locale);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only">
        {messages.nav.skipToContent}
      </a>
      <Masthead locale={locale} messages={messages} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}

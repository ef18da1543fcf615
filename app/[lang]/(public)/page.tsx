import { FrontPageView } from "@/components/front-page/front-page-view";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { cachedFrontPage } from "@/lib/public/cached";

export const revalidate = 60;

export default async function FrontPage({ params }: PageProps<"/[lang]">) {
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : "zh-CN";
  const m = messagesFor(locale);
  const { layout, cards, sections } = await cachedFrontPage();
  return (
    <>
      <h1 className="sr-only">{m.site.name}</h1>
      <FrontPageView layout={layout} cards={cards} sections={sections} locale={locale} messages={m} />
    </>
  );
}

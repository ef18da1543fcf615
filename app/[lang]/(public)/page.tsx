import { FrontPageView } from "@/components/front-page/front-page-view";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { cachedFrontPage } from "@/lib/public/cached";

export const revalidate = 60;

export default async function FrontPage({ params }: PageProps<"/[lang]">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const { layout, cards, sections } = await cachedFrontPage();
  return (
    <>
      <h1 className="sr-only">{m.site.name}</h1>
      <FrontPageView layout={layout} cards={cards} sections={sections} locale={locale} messages={m} />
    </>
  );
}

import { CardList } from "@/components/front-page/card-list";
import { ReaderNotFound } from "@/components/layout/not-found-view";
import { romanizeName } from "@/lib/articles/romanize";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";
import { cachedAuthorPage } from "@/lib/public/cached";

export const revalidate = 60;
export const generateStaticParams = () => [];

/** A staff author's published work, commentary included (marked with its column). */
export default async function AuthorPage({ params }: PageProps<"/[lang]/authors/[slug]">) {
  const { lang, slug } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const data = await cachedAuthorPage(slug, 1);
  if (!data) return <ReaderNotFound messages={m} kind="author" />;
  const name = locale === "en" ? romanizeName(data.author.name) : data.author.name;
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="border-b-2 border-[var(--color-press)] pb-1 font-serif text-3xl font-bold">{fill(m.reader.authorTitle, { name })}</h1>
      <CardList cards={data.cards} locale={locale} messages={m} />
    </div>
  );
}

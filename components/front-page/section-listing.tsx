import { permanentRedirect } from "next/navigation";
import { sectionName } from "@/components/article/labels";
import { ReaderNotFound } from "@/components/layout/not-found-view";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { getDb } from "@/lib/db";
import { cachedSectionPage } from "@/lib/public/cached";
import { findSectionRedirect } from "@/lib/sections/redirect";
import { CardList, Pagination } from "./card-list";

/** A section's stories, newest first, 20 to a page. */
export async function SectionListing({ slug, page, locale }: { slug: string; page: number; locale: Locale }) {
  const m = messagesFor(locale);
  if (!Number.isInteger(page) || page < 1 || page > 10_000) return <ReaderNotFound messages={m} kind="section" />;
  const data = await cachedSectionPage(slug, page);
  if (!data) {
    // A section whose slug was changed: its old links keep working (PRODUCT §5).
    const movedTo = await findSectionRedirect(getDb(), slug);
    if (movedTo) permanentRedirect(page === 1 ? `/sections/${movedTo}` : `/sections/${movedTo}/page/${page}`);
  }
  if (!data || (page > 1 && page > data.pages)) return <ReaderNotFound messages={m} kind="section" />;
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="border-b-2 border-[var(--color-press)] pb-1 font-serif text-3xl font-bold">{sectionName(data.section, locale)}</h1>
      <CardList cards={data.cards} locale={locale} messages={m} />
      <Pagination page={page} pages={data.pages} messages={m} href={(n) => (n === 1 ? `/sections/${slug}` : `/sections/${slug}/page/${n}`)} />
    </div>
  );
}

import Link from "next/link";
import { Byline } from "@/components/article/byline";
import { HeadlineStack } from "@/components/article/headline-stack";
import { pageLabel, sectionName } from "@/components/article/labels";
import { PhotoSlot } from "@/components/article/photo-slot";
import type { PublicArticle } from "@/lib/articles/public";
import { toParagraphs } from "@/lib/articles/paragraphs";
import { contentLang } from "@/lib/i18n/content-lang";
import { formatDayAndTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";

/**
 * An article as readers see it: its section, headline stack, byline and
 * times, photos, corrections and body. The article page draws it for readers
 * and the desk's preview for staff, so what the preview shows is what readers
 * will get.
 */
export function ArticleView({ article, locale, timeZone }: { article: PublicArticle; locale: Locale; timeZone: string }) {
  const m = messagesFor(locale);
  const edition = article.editionDate;
  return (
    <article data-testid="article">
      {article.section && (
        <p className="mb-3 border-b-2 border-[var(--color-press)] pb-1 font-sans text-sm font-bold text-[var(--color-press)]">
          <Link href={`/sections/${article.section.slug}`}>{sectionName(article.section, locale)}</Link>
          {article.column && <span className="ml-2 text-neutral-700" lang={contentLang(article.column, locale)}>· {article.column}</span>}
        </p>
      )}
      <HeadlineStack
        kicker={article.kicker}
        headline={article.headline}
        subheadline={article.subheadline}
        size="page"
        as="h1"
        lang={contentLang(`${article.kicker ?? ""}${article.headline}${article.subheadline ?? ""}`, locale)}
      />
      <div className="mt-3 flex flex-wrap items-baseline justify-between gap-2 border-b border-neutral-300 pb-2">
        <Byline dateline={article.dateline} contributors={article.contributors} locale={locale} commentary={article.type === "COMMENTARY"} />
        <p className="font-sans text-xs text-neutral-600">
          <time dateTime={article.publishedAt} data-testid="published-at">
            {fill(m.reader.publishedAt, { time: formatDayAndTime(article.publishedAt, locale, timeZone) })}
          </time>
          {edition && (
            <>
              {" · "}
              <Link href={`/editions/${edition}`} className="hover:underline">
                {pageLabel(m, { number: article.pageNumber, name: article.pageName })}
              </Link>
            </>
          )}
        </p>
      </div>
      {article.photos.map((photo, i) => (
        <PhotoSlot key={i} photo={photo} locale={locale} eager={i === 0} />
      ))}
      {article.corrections.length > 0 && (
        <aside aria-label={m.reader.corrections} className="mt-4 border-l-4 border-[var(--color-press)] bg-red-50 px-3 py-2 font-sans text-sm" data-testid="correction">
          {article.corrections.map((c, i) => (
            <p key={i}>
              <strong>{m.reader.correction}</strong>{" "}
              <time dateTime={c.createdAt}>{fill(m.reader.correctedAt, { time: formatDayAndTime(c.createdAt, locale, timeZone) })}</time>
              {m.reader.correctionSeparator}
              <span lang={contentLang(c.note, locale)}>{c.note}</span>
            </p>
          ))}
        </aside>
      )}
      {article.bodyHtml ? (
        // Sanitised on the server with a strict allowlist (lib/rich-text/sanitize.ts).
        <div
          className="prose-zh rich-body mt-5 text-[17px] [overflow-wrap:anywhere]"
          data-testid="article-body"
          lang={contentLang(article.body, locale)}
          dangerouslySetInnerHTML={{ __html: article.bodyHtml }}
        />
      ) : (
        <div className="prose-zh mt-5 text-[17px] [overflow-wrap:anywhere]" data-testid="article-body" lang={contentLang(article.body, locale)}>
          {toParagraphs(article.body).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
    </article>
  );
}

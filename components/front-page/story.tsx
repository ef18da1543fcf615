import { Byline } from "@/components/article/byline";
import { HeadlineStack } from "@/components/article/headline-stack";
import type { PublicCard } from "@/lib/articles/public";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/locales";

interface Props {
  card: PublicCard;
  locale: Locale;
  size?: "lead" | "item";
  /** Show the opening paragraphs under the headline. */
  withLede?: boolean;
  /** The headline's level in the page's outline. */
  heading?: "h2" | "h3";
  /** Leave out the column's name (今日评论) where the box's heading already says it. */
  hideColumn?: boolean;
}

/** One story on a listing: headline stack, byline, and optionally its opening. */
export function Story({ card, locale, size = "item", withLede = false, heading, hideColumn = false }: Props) {
  // A long Latin string (an address, a model number) breaks inside the column
  // instead of running across the rule into the next one.
  return (
    <article className="min-w-0 [overflow-wrap:anywhere]">
      {card.type === "COMMENTARY" && card.column && !hideColumn && (
        <p className="font-sans text-xs font-semibold text-[var(--color-press)]" lang={contentLang(card.column, locale)}>
          {card.column}
        </p>
      )}
      <HeadlineStack
        lang={contentLang(`${card.kicker ?? ""}${card.headline}${card.subheadline ?? ""}`, locale)}
        kicker={card.kicker}
        headline={card.headline}
        subheadline={card.subheadline}
        href={`/articles/${card.slug}`}
        size={size}
        as={heading ?? (size === "lead" ? "h2" : "h3")}
      />
      <div className="mt-1">
        <Byline dateline={card.dateline} contributors={card.contributors} locale={locale} commentary={card.type === "COMMENTARY"} />
      </div>
      {withLede && (
        <div className="prose-zh mt-2 text-[17px]" lang={contentLang(card.summary ?? card.lede, locale)}>
          {ledeParagraphs(card, size).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
    </article>
  );
}

/** The lead shows its opening paragraphs; a column story only the first lines of one. */
function ledeParagraphs(card: PublicCard, size: "lead" | "item"): string[] {
  const paragraphs = (card.summary ?? card.lede).split(/\n\s*\n/);
  if (size === "lead") return paragraphs;
  const first = paragraphs[0] ?? "";
  return [first.length > 120 ? `${first.slice(0, 120)}…` : first];
}

import { PhotoSlot } from "@/components/article/photo-slot";
import { sectionName } from "@/components/article/labels";
import type { PublicCard } from "@/lib/articles/public";
import type { FrontPageLayout } from "@/lib/front-page/assemble";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { Block, Columns } from "./block";
import { Story } from "./story";

interface Props {
  layout: FrontPageLayout;
  cards: Record<string, PublicCard>;
  sections: { id: string; slug: string; nameZh: string; nameEn: string }[];
  locale: Locale;
  messages: Messages;
}

/** The front page: lead, top stories, a block per section, commentary, photos, briefs. */
export function FrontPageView({ layout, cards, sections, locale, messages: m }: Props) {
  const pick = (ids: string[]) => ids.map((id) => cards[id]).filter((c): c is PublicCard => !!c);
  const lead = layout.lead ? cards[layout.lead] : undefined;
  if (!lead) return <p className="py-16 text-center text-neutral-600">{m.front.empty}</p>;
  const commentary = pick(layout.commentary);

  return (
    <div className="font-serif">
      <article data-testid="lead-story" className="grid gap-6 border-b border-neutral-400 pb-6 lg:grid-cols-[3fr_2fr]">
        <Story card={lead} locale={locale} size="lead" withLede />
        {lead.photos[0] && <PhotoSlot photo={lead.photos[0]} locale={locale} sizes="(min-width: 64rem) 40vw, 100vw" eager />}
      </article>

      {layout.top.length > 0 && (
        <Block id="top-stories" title={m.reader.topStories}>
          <Columns count={layout.top.length}>
            {pick(layout.top).map((card) => (
              <Story key={card.id} card={card} locale={locale} withLede />
            ))}
          </Columns>
        </Block>
      )}

      <div className="lg:grid lg:grid-cols-[3fr_1fr] lg:gap-8">
        <div>
          {layout.sections.map((block) => {
            const section = sections.find((s) => s.id === block.sectionId);
            if (!section) return null;
            return (
              <Block key={block.sectionId} id={`section-${section.slug}`} title={sectionName(section, locale)} href={`/sections/${section.slug}`}>
                <Columns count={block.articleIds.length}>
                  {pick(block.articleIds).map((card) => (
                    <Story key={card.id} card={card} locale={locale} />
                  ))}
                </Columns>
              </Block>
            );
          })}
          {layout.photos.length > 0 && (
            <Block id="photo-stories" title={m.reader.photos}>
              <div className="mt-3 grid gap-6 sm:grid-cols-2">
                {pick(layout.photos).map((card) => (
                  <div key={card.id}>
                    {card.photos[0] && <PhotoSlot photo={card.photos[0]} locale={locale} />}
                    <Story card={card} locale={locale} />
                  </div>
                ))}
              </div>
            </Block>
          )}
        </div>
        <div>
          {commentary.length > 0 && (
            <Block id="commentary" title={commentary[0]!.column ?? m.reader.commentary} titleLang={contentLang(commentary[0]!.column, locale)}>
              {commentary.map((card) => (
                <div key={card.id} className="mt-3 border border-neutral-400 p-4" data-testid="commentary">
                  {/* The box's heading names the column; a story of another column still says its own. */}
                  <Story card={card} locale={locale} withLede hideColumn={card.column === commentary[0]!.column} />
                </div>
              ))}
            </Block>
          )}
          {layout.briefs.length > 0 && (
            <Block id="briefs" title={m.reader.briefs}>
              <ul className="mt-2 divide-y divide-neutral-200">
                {pick(layout.briefs).map((card) => (
                  <li key={card.id} className="py-2 [overflow-wrap:anywhere]">
                    <a href={`/articles/${card.slug}`} className="hover:underline" lang={contentLang(card.headline, locale)}>
                      {card.headline}
                    </a>
                  </li>
                ))}
              </ul>
            </Block>
          )}
        </div>
      </div>
    </div>
  );
}

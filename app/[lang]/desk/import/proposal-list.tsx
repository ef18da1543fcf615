"use client";

import { Panel } from "@/components/ui/section";
import { fill } from "@/lib/i18n/messages";
import { inReviewOrder, needsLook, type DeskPage } from "@/lib/import/desk-pages";
import { mergeWithNext, moveFragment, removeCard, splitAt, updateCard, type ImportCard } from "@/lib/import/edit";
import { FragmentList } from "./fragment-list";
import type { ImportMessages } from "./messages";
import { pageTitle } from "./page-title";
import { ProposalCard } from "./proposal-card";

interface Props {
  messages: ImportMessages;
  page: DeskPage;
  /** The page's place in the text. */
  index: number;
  /** Where its first article stands among all the pages' (errors are keyed so). */
  first: number;
  errors: Record<string, string>;
  /** A field changed, or a fragment moved: the articles keep their numbers. */
  onEdit: (page: DeskPage) => void;
  /** Articles merged, split or removed: the numbers change. */
  onRestructure: (page: DeskPage) => void;
}

/**
 * One page's proposals, the ones that need a look first, and the text on
 * it the importer could not place. Each card keeps its number on the page,
 * so "Article 3" is the third story as printed wherever it is shown.
 */
export function ProposalList({ messages: m, page, index: pageIndex, first, errors, onEdit, onRestructure }: Props) {
  const { cards } = page;
  const withCards = (next: ImportCard[]) => ({ ...page, cards: next });
  return (
    <Panel title={pageTitle(m, page, pageIndex)} level={3} titleClassName="text-lg font-semibold" className="space-y-4">
      <p className="text-sm text-neutral-700">
        {page.header && <span className="mr-2 font-serif">{page.header}</span>}
        {fill(m.import.pageSummary, { articles: cards.length, look: cards.filter(needsLook).length })}
      </p>
      {inReviewOrder(cards).map(({ card, index }) => (
        <ProposalCard
          key={card.key}
          messages={m}
          card={card}
          number={index + 1}
          isLast={index === cards.length - 1}
          errors={errorsOf(errors, first + index)}
          onChange={(patch) => onEdit(withCards(updateCard(cards, index, patch)))}
          onMerge={() => onRestructure(withCards(mergeWithNext(cards, index)))}
          onSplit={(at) => {
            const next = splitAt(cards, index, at);
            if (next) onRestructure(withCards(next));
            return next !== null;
          }}
          onRemove={() => onRestructure(withCards(removeCard(cards, index)))}
        />
      ))}
      <FragmentList
        messages={m}
        fragments={page.fragments}
        cards={cards}
        onMove={(fragmentKey, cardIndex) => onEdit({ ...page, ...moveFragment(cards, page.fragments, fragmentKey, cardIndex) })}
      />
    </Panel>
  );
}

/** "articles.2.headline" → "headline" for the article at 2 among all pages'. */
function errorsOf(errors: Record<string, string>, index: number): Record<string, string> {
  const prefix = `articles.${index}.`;
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, message]) => [path.slice(prefix.length), message]),
  );
}

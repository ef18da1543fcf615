"use client";

import { mergeWithNext, removeCard, splitAt, updateCard, type ImportCard } from "@/lib/import/edit";
import type { Messages } from "@/lib/i18n/messages";
import { ProposalCard } from "./proposal-card";

interface Props {
  messages: Messages;
  cards: ImportCard[];
  errors: Record<string, string>;
  /** A field changed: the articles keep their numbers. */
  onEdit: (cards: ImportCard[]) => void;
  /** Articles merged, split or removed: the numbers change. */
  onRestructure: (cards: ImportCard[]) => void;
}

export function ProposalList({ messages: m, cards, errors, onEdit, onRestructure }: Props) {
  return (
    <section aria-labelledby="import-proposals" className="space-y-4">
      <h2 id="import-proposals" className="text-lg font-semibold">
        {m.import.proposalsTitle}
      </h2>
      {cards.map((card, index) => (
        <ProposalCard
          key={card.key}
          messages={m}
          card={card}
          number={index + 1}
          isLast={index === cards.length - 1}
          errors={errorsOf(errors, index)}
          onChange={(patch) => onEdit(updateCard(cards, index, patch))}
          onMerge={() => onRestructure(mergeWithNext(cards, index))}
          onSplit={(at) => {
            const next = splitAt(cards, index, at);
            if (next) onRestructure(next);
            return next !== null;
          }}
          onRemove={() => onRestructure(removeCard(cards, index))}
        />
      ))}
    </section>
  );
}

/** "articles.2.headline" → "headline" for the third card. */
function errorsOf(errors: Record<string, string>, index: number): Record<string, string> {
  const prefix = `articles.${index}.`;
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, message]) => [path.slice(prefix.length), message]),
  );
}

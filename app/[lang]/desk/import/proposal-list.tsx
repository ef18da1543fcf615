"use client";

import { Panel } from "@/components/ui/section";
import { mergeWithNext, removeCard, splitAt, updateCard, type ImportCard } from "@/lib/import/edit";
import type { ImportMessages } from "./messages";
import { ProposalCard } from "./proposal-card";

interface Props {
  messages: ImportMessages;
  cards: ImportCard[];
  errors: Record<string, string>;
  /** A field changed: the articles keep their numbers. */
  onEdit: (cards: ImportCard[]) => void;
  /** Articles merged, split or removed: the numbers change. */
  onRestructure: (cards: ImportCard[]) => void;
}

export function ProposalList({ messages: m, cards, errors, onEdit, onRestructure }: Props) {
  return (
    <Panel title={m.import.proposalsTitle} titleClassName="text-lg font-semibold" className="space-y-4">
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
    </Panel>
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

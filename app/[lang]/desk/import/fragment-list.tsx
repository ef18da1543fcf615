"use client";

import { useState } from "react";
import type { ImportCard, PageFragment } from "@/lib/import/edit";
import { fill, type Messages } from "@/lib/i18n/messages";

interface Props {
  messages: Messages;
  fragments: PageFragment[];
  cards: ImportCard[];
  onMove: (fragmentKey: string, cardIndex: number) => void;
}

/** Text the importer could not place; each can join an article as a paragraph. */
export function FragmentList({ messages: m, fragments, cards, onMove }: Props) {
  if (fragments.length === 0) return null;
  return (
    <section aria-labelledby="import-fragments" className="space-y-3 rounded border border-amber-300 bg-amber-50 p-4">
      <h2 id="import-fragments" className="text-lg font-semibold">
        {m.import.fragmentsTitle}
      </h2>
      <p className="text-sm text-neutral-700">{m.import.fragmentsHint}</p>
      <ul className="space-y-3">
        {fragments.map((fragment) => (
          <FragmentItem key={fragment.key} messages={m} fragment={fragment} cards={cards} onMove={(index) => onMove(fragment.key, index)} />
        ))}
      </ul>
    </section>
  );
}

function FragmentItem({ messages: m, fragment, cards, onMove }: { messages: Messages; fragment: PageFragment; cards: ImportCard[]; onMove: (index: number) => void }) {
  const [target, setTarget] = useState(String(fragment.afterArticle ?? 0));
  const selectId = `${fragment.key}-target`;
  return (
    <li className="space-y-2 rounded bg-white p-3">
      <p className="font-serif">{fragment.text}</p>
      <p className="text-xs text-neutral-600" lang="en">
        {fragment.reason}
      </p>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={selectId}>{m.import.moveTo}</label>
        <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)} className="max-w-xs rounded border border-neutral-400 bg-white px-2 py-1">
          {cards.map((card, index) => (
            <option key={card.key} value={index}>
              {fill(m.import.articleN, { n: index + 1 })}
              {card.headline ? ` · ${card.headline}` : ""}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => onMove(Math.min(Number(target), cards.length - 1))}
          disabled={cards.length === 0}
          className="rounded border border-neutral-400 px-3 py-1 hover:bg-neutral-100 disabled:opacity-50"
        >
          {m.import.move}
        </button>
      </div>
    </li>
  );
}

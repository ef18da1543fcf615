"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/control";
import { Panel } from "@/components/ui/section";
import { fill } from "@/lib/i18n/messages";
import type { ImportCard, PageFragment } from "@/lib/import/edit";
import type { ImportMessages } from "./messages";

interface Props {
  messages: ImportMessages;
  fragments: PageFragment[];
  cards: ImportCard[];
  onMove: (fragmentKey: string, cardIndex: number) => void;
}

/** Text on a page the importer could not place; each can join one of the page's articles as a paragraph. */
export function FragmentList({ messages: m, fragments, cards, onMove }: Props) {
  if (fragments.length === 0) return null;
  return (
    <Panel title={m.import.fragmentsTitle} level={4} titleClassName="font-semibold" className="space-y-3 rounded border border-amber-300 bg-amber-50 p-4">
      <p className="text-sm text-neutral-700">{m.import.fragmentsHint}</p>
      <ul className="space-y-3">
        {fragments.map((fragment) => (
          <FragmentItem key={fragment.key} messages={m} fragment={fragment} cards={cards} onMove={(index) => onMove(fragment.key, index)} />
        ))}
      </ul>
    </Panel>
  );
}

function FragmentItem({ messages: m, fragment, cards, onMove }: { messages: ImportMessages; fragment: PageFragment; cards: ImportCard[]; onMove: (index: number) => void }) {
  const [target, setTarget] = useState(String(fragment.afterArticle ?? 0));
  const selectId = `${fragment.key}-target`;
  return (
    <li className="space-y-2 rounded bg-white p-3">
      <p className="font-serif">{fragment.text}</p>
      <p className="text-xs text-neutral-600">{fragment.reason}</p>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={selectId}>{m.import.moveTo}</label>
        <Select compact id={selectId} value={target} onChange={(e) => setTarget(e.target.value)} className="max-w-xs" items={cards.map((card, index) => ({ value: index, label: fill(m.import.articleN, { n: index + 1 }) + (card.headline ? ` · ${card.headline}` : "") }))} />
        <Button type="button" onClick={() => onMove(Math.min(Number(target), cards.length - 1))} disabled={cards.length === 0} variant="secondary" size="xs">
          {m.import.move}
        </Button>
      </div>
    </li>
  );
}

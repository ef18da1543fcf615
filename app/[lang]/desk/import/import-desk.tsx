"use client";

import Link from "next/link";
import { useState } from "react";
import { fill } from "@/lib/i18n/messages";
import { importPage } from "@/lib/import";
import { moveFragment, toCards, type ImportCard, type PageFragment } from "@/lib/import/edit";
import { fixPunctuation } from "@/lib/proofread/fix";
import { CreatePanel, type SectionOption } from "./create-panel";
import { FragmentList } from "./fragment-list";
import type { ImportMessages } from "./messages";
import { ProposalList } from "./proposal-list";
import { SourcePanel } from "./source-panel";

interface Props {
  messages: ImportMessages;
  /** "YYYY-MM-DD" in the newsroom's time zone. */
  today: string;
  canPublish: boolean;
  sections: SectionOption[];
}

/**
 * The import desk: source text on the left, the proposed articles on the
 * right (stacked on a phone). Decision: the importer runs here in the
 * browser. It is pure TypeScript, so analysing is instant, works on a 2 MB
 * page without a round trip, and nothing reaches the server until the
 * editor creates the articles (which the server validates again).
 */
export function ImportDesk({ messages: m, today, canPublish, sections }: Props) {
  const [text, setText] = useState("");
  const [editionDate, setEditionDate] = useState(today);
  // OCR'd text comes with half-width marks: fixed before the page is analysed, unless unticked.
  const [fixMarks, setFixMarks] = useState(true);
  const [cards, setCards] = useState<ImportCard[] | null>(null);
  const [fragments, setFragments] = useState<PageFragment[]>([]);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  // Field errors by path ("articles.0.headline"), from the shared schema.
  const [errors, setErrors] = useState<Record<string, string>>({});
  // After an archive import: a way to see the result where the cards were.
  const [published, setPublished] = useState(false);

  function analyse() {
    setPublished(false);
    if (!text.trim()) return setNotice({ ok: false, text: m.import.emptyText });
    const source = fixMarks ? fixPunctuation(text) : { text, changed: 0 };
    const result = importPage(source.text, { editionDate: editionDate || undefined });
    if (result.articles.length === 0) {
      setCards(null);
      return setNotice({ ok: false, text: m.import.noArticles });
    }
    const next = toCards(result, m);
    setCards(next.cards);
    setFragments(next.fragments);
    setErrors({});
    const analysed = fill(m.import.analysed, { articles: next.cards.length, fragments: next.fragments.length });
    setNotice({ ok: true, text: fixMarks ? `${analysed} ${fill(m.import.fixedMarks, { count: source.changed })}` : analysed });
  }

  // Merging, splitting or removing renumbers the articles, so errors keyed
  // by number would point at the wrong card: they are shown again on create.
  function restructure(next: ImportCard[]) {
    setCards(next);
    setErrors({});
  }

  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <SourcePanel
        messages={m}
        text={text}
        onText={setText}
        editionDate={editionDate}
        onEditionDate={setEditionDate}
        fixMarks={fixMarks}
        onFixMarks={setFixMarks}
        onAnalyse={analyse}
        notice={notice}
      />
      {cards && (
        <div className="min-w-0 space-y-6">
          <ProposalList
            messages={m}
            cards={cards}
            errors={errors}
            onEdit={setCards}
            onRestructure={restructure}
          />
          <FragmentList
            messages={m}
            fragments={fragments}
            cards={cards}
            onMove={(fragmentKey, cardIndex) => {
              const moved = moveFragment(cards, fragments, fragmentKey, cardIndex);
              setCards(moved.cards);
              setFragments(moved.fragments);
            }}
          />
          <CreatePanel
            messages={m}
            cards={cards}
            editionDate={editionDate}
            canPublish={canPublish}
            sections={sections}
            onErrors={setErrors}
            onPublished={(message) => {
              setCards(null);
              setFragments([]);
              setText("");
              // Said in the status line that is always on the page, so
              // screen readers announce it.
              setNotice({ ok: true, text: message });
              setPublished(true);
            }}
          />
        </div>
      )}
      {!cards && published && (
        <Link href="/" className="underline">
          {m.import.viewFront}
        </Link>
      )}
    </div>
  );
}

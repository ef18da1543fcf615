"use client";

import Link from "next/link";
import { useState } from "react";
import { Panel } from "@/components/ui/section";
import { fill } from "@/lib/i18n/messages";
import { importPages } from "@/lib/import";
import { firstIndexes, summarise, toDeskPages, updatePage, type DeskPage } from "@/lib/import/desk-pages";
import { fixPunctuation } from "@/lib/proofread/fix";
import { CreatePanel, type SectionOption } from "./create-panel";
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
 * editor creates the articles (which the server validates again). A text
 * with several page headers (第01版 …, 第02版 …) is split into pages as the
 * archive CLI splits a file, and shown page by page.
 */
export function ImportDesk({ messages: m, today, canPublish, sections }: Props) {
  const [text, setText] = useState("");
  const [editionDate, setEditionDate] = useState(today);
  // OCR'd text comes with half-width marks: fixed before the page is analysed, unless unticked.
  const [fixMarks, setFixMarks] = useState(true);
  const [pages, setPages] = useState<DeskPage[] | null>(null);
  // A new analysis starts the create panel afresh (page numbers from the headers).
  const [analysis, setAnalysis] = useState(0);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  // Field errors by path ("articles.0.headline"), from the shared schema.
  const [errors, setErrors] = useState<Record<string, string>>({});
  // After an archive import: a way to see the result where the cards were.
  const [published, setPublished] = useState(false);

  function analyse() {
    setPublished(false);
    if (!text.trim()) return setNotice({ ok: false, text: m.import.emptyText });
    const source = fixMarks ? fixPunctuation(text) : { text, changed: 0 };
    const next = toDeskPages(importPages(source.text, { editionDate: editionDate || undefined }), m);
    const found = summarise(next);
    if (found.articles === 0) {
      setPages(null);
      return setNotice({ ok: false, text: m.import.noArticles });
    }
    setPages(next);
    setAnalysis(analysis + 1);
    setErrors({});
    const said = [
      found.pages > 1 ? fill(m.import.analysedPages, { pages: found.pages }) : "",
      fill(m.import.analysed, { articles: found.articles, fragments: found.fragments }),
      found.needingLook > 0 ? fill(m.import.analysedLook, { look: found.needingLook }) : "",
      fixMarks ? fill(m.import.fixedMarks, { count: source.changed }) : "",
    ];
    setNotice({ ok: true, text: said.filter(Boolean).join(m.import.sentenceSeparator) });
  }

  // Merging, splitting or removing renumbers the articles, so errors keyed
  // by number would point at the wrong card: they are shown again on create.
  function restructure(index: number, page: DeskPage) {
    if (pages) setPages(updatePage(pages, index, page));
    setErrors({});
  }
  const firsts = pages ? firstIndexes(pages) : [];

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
      {pages && (
        <div className="min-w-0 space-y-6">
          <Panel title={m.import.proposalsTitle} titleClassName="text-lg font-semibold" className="space-y-8">
            {pages.map((page, index) => (
              <ProposalList
                key={`${analysis}-${index}`}
                messages={m}
                page={page}
                index={index}
                first={firsts[index]!}
                errors={errors}
                onEdit={(next) => setPages(updatePage(pages, index, next))}
                onRestructure={(next) => restructure(index, next)}
              />
            ))}
          </Panel>
          <CreatePanel
            key={analysis}
            messages={m}
            pages={pages}
            editionDate={editionDate}
            canPublish={canPublish}
            sections={sections}
            onErrors={setErrors}
            onPublished={(message) => {
              setPages(null);
              setText("");
              // Said in the status line that is always on the page, so
              // screen readers announce it.
              setNotice({ ok: true, text: message });
              setPublished(true);
            }}
          />
        </div>
      )}
      {!pages && published && (
        <Link href="/" className="underline">
          {m.import.viewFront}
        </Link>
      )}
    </div>
  );
}

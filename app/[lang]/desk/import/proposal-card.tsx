"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Input, options, Select, TextArea } from "@/components/ui/control";
import { Field } from "@/components/ui/field";
import { fill } from "@/lib/i18n/messages";
import type { ArticleType } from "@/lib/import";
import { needsLook } from "@/lib/import/desk-pages";
import { paragraphsOf, type ImportCard } from "@/lib/import/edit";
import { ConfidenceMark } from "./confidence-mark";
import { ContributorsFieldset } from "./contributors-fieldset";
import type { ImportMessages } from "./messages";

const TYPES: ArticleType[] = ["NEWS", "COMMENTARY", "BRIEF", "PHOTO_STORY", "FEATURE"];
type Line = "kicker" | "headline" | "subheadline" | "dateline" | "column";
const smallButton = buttonClass({ variant: "secondary", size: "xs" });

interface Props {
  messages: ImportMessages;
  card: ImportCard;
  /** Its place on the page, whatever order the desk shows it in. */
  number: number;
  isLast: boolean;
  /** Messages by field path within this article ("headline", "contributors.0.name"). */
  errors: Record<string, string>;
  onChange: (patch: Partial<ImportCard>) => void;
  onMerge: () => void;
  /** False when the paragraph number does not split the article. */
  onSplit: (at: number) => boolean;
  onRemove: () => void;
}

/**
 * One proposed article, every field editable; under each printed field
 * whether the importer read or guessed it, and its notes.
 */
export function ProposalCard({ messages: m, card, number, isLast, errors, onChange, onMerge, onSplit, onRemove }: Props) {
  const [splitValue, setSplitValue] = useState("");
  const [splitError, setSplitError] = useState<string>();
  const paragraphCount = paragraphsOf(card.body).length;
  const titleId = `${card.key}-title`;
  const splitId = `${card.key}-split`;

  const mark = (field: keyof NonNullable<ImportCard["fields"]>) => (card.fields ? <ConfidenceMark messages={m} confidence={card.fields[field]} /> : null);
  const line = (field: Line, label: string, className = "") => (
    <Field label={label} name={`${card.key}.${field}`} error={errors[field]} hint={field === "column" ? undefined : mark(field)}>
      {(props) => <Input {...props} value={card[field]} onChange={(e) => onChange({ [field]: e.target.value })} className={className} />}
    </Field>
  );

  function split() {
    if (onSplit(Number(splitValue))) {
      setSplitValue("");
      setSplitError(undefined);
    } else {
      setSplitError(paragraphCount < 2 ? m.import.splitTooShort : fill(m.import.splitInvalid, { max: paragraphCount }));
    }
  }

  return (
    <section aria-labelledby={titleId} className={`space-y-3 rounded border bg-white p-4 ${needsLook(card) ? "border-amber-400" : "border-neutral-300"}`}>
      <div className="flex flex-wrap items-baseline gap-2">
        <h4 id={titleId} className="font-semibold">
          {fill(m.import.articleN, { n: number })}
        </h4>
        {needsLook(card) && <span className="rounded bg-amber-200 px-1.5 text-sm font-medium text-amber-950">{m.import.needsLook}</span>}
      </div>
      {line("kicker", m.fields.kicker)}
      {line("headline", m.fields.headline, "text-lg font-semibold")}
      {line("subheadline", m.fields.subheadline)}
      <div className="flex flex-wrap gap-3">
        {line("dateline", m.fields.dateline)}
        <Field label={m.import.type} name={`${card.key}.type`} error={errors.type} hint={mark("type")}>
          {(props) => <Select {...props} value={card.type} onChange={(e) => onChange({ type: e.target.value as ArticleType })} items={options(TYPES, m.import.types)} />}
        </Field>
        {line("column", m.import.column)}
      </div>
      <ContributorsFieldset messages={m} cardKey={card.key} contributors={card.contributors} mark={mark("contributors")} errors={errors} onChange={(contributors) => onChange({ contributors })} />
      <Field
        label={m.fields.body}
        name={`${card.key}.body`}
        hint={
          <>
            {mark("body")}
            {m.fields.bodyHint}
          </>
        }
        error={errors.paragraphs}
      >
        {(props) => <TextArea {...props} value={card.body} onChange={(e) => onChange({ body: e.target.value })} rows={10} className="font-serif leading-7" />}
      </Field>
      <Field label={m.import.captions} name={`${card.key}.captions`} hint={m.import.captionsHint} error={errors.captions}>
        {(props) => <TextArea {...props} value={card.captions} onChange={(e) => onChange({ captions: e.target.value })} rows={2} />}
      </Field>
      {card.notes.length > 0 && (
        <div className="rounded bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-medium">{m.import.notesTitle}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {card.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap items-start gap-x-6 gap-y-3 border-t border-neutral-200 pt-3">
        <div className="flex gap-2 pt-6">
          <button type="button" onClick={onMerge} disabled={isLast} className={smallButton}>
            {fill(m.import.mergeWithNext, { n: number + 1 })}
          </button>
          <button type="button" onClick={onRemove} className={`${smallButton} text-red-800`}>
            {m.import.remove}
          </button>
        </div>
        <div>
          <label htmlFor={splitId} className="text-sm font-medium">
            {m.import.splitAt}
          </label>
          <div className="mt-1 flex gap-2">
            <Input
              id={splitId}
              type="number"
              min={2}
              max={Math.max(2, paragraphCount)}
              value={splitValue}
              onChange={(e) => setSplitValue(e.target.value)}
              aria-invalid={splitError ? true : undefined}
              aria-describedby={`${splitId}-error`}
              compact
              className="w-20"
            />
            <button type="button" onClick={split} className={smallButton}>
              {m.import.splitHere}
            </button>
          </div>
          <p id={`${splitId}-error`} aria-live="polite" className="text-sm text-red-700">
            {splitError}
          </p>
        </div>
      </div>
    </section>
  );
}

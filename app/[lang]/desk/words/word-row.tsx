"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, options, Select } from "@/components/ui/control";
import { StatusMessage } from "@/components/ui/status";
import type { Messages } from "@/lib/i18n/messages";
import type { WordCategory } from "@/lib/proofread/types";
import { WORD_CATEGORIES } from "@/lib/proofread/words/matcher";
import { deleteWordAction, updateWordAction } from "./actions";
import { useWordAction } from "./use-word-action";

interface Word {
  id: string;
  term: string;
  category: WordCategory;
  replacement: string | null;
  note: string | null;
}

/** One entry: shown, or edited in place; deleted with its own button. */
export function WordRow({ word, messages: m }: { word: Word; messages: Pick<Messages, "proofWords" | "proofread" | "validation"> }) {
  const w = m.proofWords;
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState({ term: word.term, category: word.category as string, replacement: word.replacement ?? "", note: word.note ?? "" });
  const { pending, result, run } = useWordAction();
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [field]: e.target.value });
  const status = result && <StatusMessage failed={!result.ok}>{result.message}</StatusMessage>;

  if (!editing) {
    return (
      <tr className="border-b border-neutral-200 align-top" data-testid="word-row">
        <td className="py-2 pr-3 font-serif">{word.term}</td>
        <td className="py-2 pr-3">{m.proofread.categories[word.category]}</td>
        <td className="py-2 pr-3 font-serif">{word.replacement}</td>
        <td className="py-2 pr-3 text-neutral-700">{word.note}</td>
        <td className="py-2">
          <div className="flex gap-2">
            <Button type="button" size="tight" variant="secondary" onClick={() => setEditing(true)} aria-label={`${w.edit} ${word.term}`}>
              {w.edit}
            </Button>
            <Button type="button" size="tight" variant="dangerOutline" disabled={pending} onClick={() => run(() => deleteWordAction({ id: word.id, term: word.term }))} aria-label={`${w.delete} ${word.term}`}>
              {w.delete}
            </Button>
          </div>
          {status}
        </td>
      </tr>
    );
  }
  return (
    <tr className="border-b border-neutral-200 align-top" data-testid="word-row">
      <td className="py-2 pr-3">
        <Input compact aria-label={w.term} value={values.term} onChange={set("term")} maxLength={50} />
      </td>
      <td className="py-2 pr-3">
        <Select compact aria-label={w.category} value={values.category} onChange={set("category")} items={options(WORD_CATEGORIES, m.proofread.categories)} />
      </td>
      <td className="py-2 pr-3">
        <Input compact aria-label={w.replacement} value={values.replacement} onChange={set("replacement")} maxLength={100} />
      </td>
      <td className="py-2 pr-3">
        <Input compact aria-label={w.note} value={values.note} onChange={set("note")} maxLength={500} />
      </td>
      <td className="py-2">
        <div className="flex gap-2">
          <Button type="button" size="tight" disabled={pending} onClick={() => run(() => updateWordAction({ id: word.id, ...values }), (outcome) => outcome.ok && setEditing(false))}>
            {w.save}
          </Button>
          <Button type="button" size="tight" variant="quiet" onClick={() => setEditing(false)}>
            {w.cancel}
          </Button>
        </div>
        {status}
      </td>
    </tr>
  );
}

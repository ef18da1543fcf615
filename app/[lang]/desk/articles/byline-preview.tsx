"use client";

import { useEffect, useRef, useState } from "react";
import { useWatch, type Control } from "react-hook-form";
import type { Messages } from "@/lib/i18n/messages";
import type { ArticleFields, ArticleFieldsInput } from "@/lib/validation/article";
import { previewByline } from "./actions";

interface Props {
  control: Control<ArticleFieldsInput, unknown, ArticleFields>;
  messages: Messages["editor"];
  /** The byline as saved, formatted by the page: shown at once. */
  initial: { zh: string; en: string };
}

const DEBOUNCE_MS = 300;

/**
 * The printed byline in both languages as it is typed. Formatted on the
 * server (lib/articles/byline.ts): the English one romanizes names with a
 * pinyin dictionary that the desk's pages need not download.
 */
export function BylinePreview({ control, messages: m, initial }: Props) {
  const [dateline, contributors] = useWatch({ control, name: ["dateline", "contributors"] });
  const [preview, setPreview] = useState(initial);
  const latest = useRef(0);
  const input = JSON.stringify({ dateline: dateline ?? "", contributors: contributors ?? [] });
  const first = useRef(input);

  useEffect(() => {
    if (input === first.current) return;
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      try {
        const result = await previewByline(JSON.parse(input));
        // Answers can overtake each other: only the newest is shown.
        if (result.ok && request === latest.current) setPreview(result.data);
      } catch {
        // Offline: the last preview stays.
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);

  return (
    <dl aria-live="polite" className="mt-2 space-y-1 border-t border-neutral-200 pt-2 text-sm">
      <div className="flex flex-wrap gap-2">
        <dt className="text-neutral-600">{m.previewZh}</dt>
        <dd data-testid="byline-preview-zh">{preview.zh}</dd>
      </div>
      <div className="flex flex-wrap gap-2">
        <dt className="text-neutral-600">{m.previewEn}</dt>
        <dd data-testid="byline-preview-en">{preview.en}</dd>
      </div>
    </dl>
  );
}

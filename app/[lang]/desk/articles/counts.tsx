"use client";

import { useWatch, type Control } from "react-hook-form";
import { countsLine, countText } from "@/lib/articles/counts";
import type { Messages } from "@/lib/i18n/messages";
import type { ArticleFields, ArticleFieldsInput } from "@/lib/validation/article";

/**
 * 字数 and reading time of the body, live as it is typed. Watching here
 * rather than in the form re-renders only this line on each keystroke.
 */
export function BodyCounts({ control, messages: m }: { control: Control<ArticleFieldsInput, unknown, ArticleFields>; messages: Pick<Messages, "myDesk"> }) {
  const body = useWatch({ control, name: "body" });
  return (
    <p data-testid="counts" aria-live="polite" className="-mt-3 text-xs text-neutral-600">
      {countsLine(m.myDesk, countText(body ?? ""))}
    </p>
  );
}

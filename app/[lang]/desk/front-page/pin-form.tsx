"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n/messages";
import { pinAction, unpinAction } from "./actions";

interface Props {
  messages: Messages["frontDesk"];
  candidates: { id: string; headline: string }[];
  pinnedId: string | null;
}

export function PinForm({ messages: m, candidates, pinnedId }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  const run = (action: () => Promise<ActionResult<null>>) =>
    startTransition(async () => {
      const outcome = await action();
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });

  return (
    <div className="flex flex-wrap items-end gap-3 rounded border border-neutral-300 bg-white p-3 text-sm">
      <form action={(form) => run(() => pinAction({ articleId: form.get("articleId") }))} className="flex items-end gap-2">
        <label className="block">
          {m.pinLabel}
          <select name="articleId" defaultValue={pinnedId ?? candidates[0]?.id} className="mt-1 block max-w-md rounded border border-neutral-400 px-2 py-1">
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.headline}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={pending} className="rounded bg-neutral-900 px-3 py-1.5 text-white disabled:opacity-60">
          {m.pin}
        </button>
      </form>
      {pinnedId && (
        <button type="button" disabled={pending} onClick={() => run(() => unpinAction({}))} className="rounded border border-neutral-400 px-3 py-1.5">
          {m.unpin}
        </button>
      )}
      <p role="status" aria-live="polite" className={result?.ok === false ? "text-red-700" : "text-emerald-800"}>
        {result?.message}
      </p>
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Labelled, Select } from "@/components/ui/control";
import { StatusMessage } from "@/components/ui/status";
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
        <Labelled label={m.pinLabel}><Select compact name="articleId" defaultValue={pinnedId ?? candidates[0]?.id} className="mt-1 block max-w-md" items={candidates.map((c) => ({ value: c.id, label: c.headline }))} /></Labelled>
        <Button type="submit" disabled={pending} size="sm">
          {m.pin}
        </Button>
      </form>
      {pinnedId && (
        <Button type="button" disabled={pending} onClick={() => run(() => unpinAction({}))} variant="secondary" size="sm">
          {m.unpin}
        </Button>
      )}
      <StatusMessage failed={result?.ok === false}>{result?.message}</StatusMessage>
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { StatusMessage } from "@/components/ui/status";
import type { ActionResult } from "@/lib/actions/result";

/** Runs a desk action, keeps its result for the status line, and reloads the page's data when it worked. */
export function useDeskAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  const run = (action: () => Promise<ActionResult<null>>, onDone?: () => void) =>
    startTransition(async () => {
      const outcome = await action();
      setResult(outcome);
      if (outcome.ok) {
        onDone?.();
        router.refresh();
      }
    });
  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors?.[name] : undefined);
  return { pending, result, run, fieldError };
}

export function StatusLine({ result }: { result: ActionResult<null> | null }) {
  return (
    <StatusMessage failed={result?.ok === false}>{result?.message}</StatusMessage>
  );
}

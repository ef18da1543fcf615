"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

/** Runs a word-list action, keeps its answer for the status line, and redraws the list when it worked. */
export function useWordAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const run = <T,>(call: () => Promise<ActionResult<T>>, after?: (outcome: ActionResult<T>) => void) =>
    startTransition(async () => {
      const outcome = await call();
      setResult(outcome);
      after?.(outcome);
      if (outcome.ok) router.refresh();
    });
  return { pending, result, run, setResult };
}

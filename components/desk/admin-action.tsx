"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

/** Runs an admin action, keeps its result for the status line, and reloads the page's data when it worked. */
export function useAdminAction() {
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
    <p role="status" aria-live="polite" className={`text-sm ${result?.ok === false ? "text-red-700" : "text-emerald-800"}`}>
      {result?.message}
    </p>
  );
}

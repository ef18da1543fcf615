"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { markAllReadAction, markReadAction } from "./actions";

/** "Mark as read" for one notice (with its id) or for all of them. */
export function ReadButton({ id, label }: { id?: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () =>
    startTransition(async () => {
      const result = id ? await markReadAction({ id }) : await markAllReadAction({});
      // The refresh also updates the sidebar's unread count.
      if (result.ok) router.refresh();
      else setError(result.message);
    });
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" onClick={run} disabled={pending} variant="secondary" size="xs" className="font-normal">
        {label}
      </Button>
      <span aria-live="polite" className="text-sm font-normal text-red-700">
        {error}
      </span>
    </span>
  );
}

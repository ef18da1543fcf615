"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { startArticleAction } from "@/app/[lang]/desk/assignments/actions";
import { Button } from "@/components/ui/button";

/** Creates (or finds) the assignment's draft and opens it. */
export function StartArticleButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const start = () =>
    startTransition(async () => {
      const result = await startArticleAction({ assignmentId });
      if (result.ok) router.push(`/desk/articles/${result.data.articleId}`);
      else setError(result.message);
    });
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" onClick={start} disabled={pending} size="xs">
        {label}
      </Button>
      <span aria-live="polite" className="text-sm text-red-700">
        {error}
      </span>
    </span>
  );
}

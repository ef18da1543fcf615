"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreVersion } from "./actions";

interface Props {
  articleId: string;
  revisionId: string;
  /** The article's version this page showed; the server refuses a stale one. */
  version: number;
  label: string;
  working: string;
}

/** Restores one revision as a new version, then opens the article with that text. */
export function RestoreButton({ articleId, revisionId, version, label, working }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const restore = () =>
    startTransition(async () => {
      const result = await restoreVersion({ id: articleId, revisionId, version });
      if (result.ok) router.push(`/desk/articles/${articleId}`);
      else setError(result.message);
    });
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={restore} disabled={pending} className="rounded border border-neutral-400 px-2 py-0.5 text-sm hover:bg-neutral-100 disabled:opacity-60">
        {pending ? working : label}
      </button>
      <span aria-live="polite" className="text-sm text-red-700">
        {error}
      </span>
    </span>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/control";
import type { ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n/messages";
import { changeArticleSlug } from "../actions";
import { useArticleVersion } from "../version-context";

/** The article's public address; editors may change it (the old one redirects). */
export function SlugForm({ articleId, slug, editable, messages: m }: { articleId: string; slug: string; editable: boolean; messages: Pick<Messages, "desk" | "actions"> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<{ version: number }> | null>(null);
  const { version, setVersion } = useArticleVersion();
  const shown = (
    <p className="text-sm text-neutral-600">
      {m.desk.slug}: <code data-testid="slug">{slug}</code>
    </p>
  );
  if (!editable) return shown;
  const submit = (form: FormData) =>
    startTransition(async () => {
      const outcome = await changeArticleSlug({ id: articleId, version, slug: form.get("slug") });
      setResult(outcome);
      if (outcome.ok) {
        setVersion(outcome.data.version);
        router.refresh();
      }
    });
  return (
    <form action={submit} className="space-y-1 text-sm">
      {shown}
      <div className="flex gap-2">
        <label className="sr-only" htmlFor="slug-input">
          {m.desk.slug}
        </label>
        <Input compact id="slug-input" name="slug" defaultValue={slug} className="min-w-0 flex-1 font-mono" aria-describedby="slug-status" />
        <Button type="submit" disabled={pending} variant="secondary" size="tight">
          {m.actions.changeSlug}
        </Button>
      </div>
      <p id="slug-status" role="status" className={result?.ok === false ? "text-red-700" : "text-emerald-800"}>
        {result && !result.ok ? (result.fieldErrors?.slug ?? result.message) : result?.message}
      </p>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/control";
import { StatusMessage } from "@/components/ui/status";
import type { ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n/messages";
import { useArticleVersion } from "../version-context";
import { signProofRoundAction } from "./proofread-actions";

interface Props {
  articleId: string;
  round: number;
  title: string;
  button: string;
  messages: Pick<Messages, "proofread">;
}

/** A proofreader signs the round the article waits at, for the text on screen. */
export function SignRoundForm({ articleId, round, title, button, messages: m }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<{ version: number }> | null>(null);
  const { setVersion, beforeAction } = useArticleVersion();

  const sign = (data: FormData) =>
    startTransition(async () => {
      // What was typed and not yet saved goes first: the round signs the text on screen.
      const version = await beforeAction();
      const outcome = await signProofRoundAction({ id: articleId, version, round, note: data.get("note") });
      setResult(outcome);
      if (outcome.ok) {
        setVersion(outcome.data.version);
        router.refresh();
      }
    });

  return (
    <form action={sign} className="space-y-2 rounded border border-neutral-300 bg-white p-3">
      <h3 className="font-medium">{title}</h3>
      <label className="block">
        {m.proofread.rounds.note}
        <TextArea name="note" rows={2} />
      </label>
      <Button type="submit" disabled={pending} className="w-full">
        {button}
      </Button>
      <StatusMessage failed={result?.ok === false}>{result?.message}</StatusMessage>
    </form>
  );
}

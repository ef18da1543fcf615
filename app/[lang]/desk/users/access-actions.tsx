"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { StatusLine, useDeskAction } from "@/components/desk/desk-action";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { fill, type Messages } from "@/lib/i18n/messages";
import { resetPasswordAction, unlockAction } from "./actions";

interface Props {
  messages: Pick<Messages, "userAccess">;
  user: { id: string; name: string; locked: boolean };
}

/** Unlock a locked account; reset a password and show the temporary one, once. */
export function AccessActions({ messages: m, user }: Props) {
  const router = useRouter();
  const unlock = useDeskAction();
  const [resetting, startReset] = useTransition();
  const [reset, setReset] = useState<ActionResult<{ password: string }> | null>(null);
  // A reset ends the person's sessions at once: one more click to be sure.
  const [confirming, setConfirming] = useState(false);

  const resetNow = () =>
    startReset(async () => {
      const outcome = await resetPasswordAction({ userId: user.id });
      setReset(outcome);
      setConfirming(false);
      if (outcome.ok) router.refresh();
    });

  return (
    <div className="flex flex-wrap items-center gap-2">
      {user.locked && (
        <Button type="button" size="xs" variant="secondary" disabled={unlock.pending} onClick={() => unlock.run(() => unlockAction({ userId: user.id }))}>
          {m.userAccess.unlock}
        </Button>
      )}
      {confirming ? (
        <span className="flex flex-wrap items-center gap-2" data-testid="confirm-reset">
          <span>{fill(m.userAccess.confirmReset, { name: user.name })}</span>
          <Button type="button" size="xs" variant="secondary" className="border-red-300 text-red-800" disabled={resetting} onClick={resetNow}>
            {m.userAccess.confirmResetButton}
          </Button>
          <Button type="button" size="xs" variant="secondary" onClick={() => setConfirming(false)}>
            {m.userAccess.cancel}
          </Button>
        </span>
      ) : (
        <Button type="button" size="xs" variant="secondary" disabled={resetting} onClick={() => setConfirming(true)}>
          {m.userAccess.resetPassword}
        </Button>
      )}
      <StatusLine result={unlock.result} />
      {reset && !reset.ok && <StatusLine result={reset} />}
      {reset?.ok && (
        <div role="status" className="basis-full rounded border border-amber-400 bg-amber-50 p-2 text-sm" data-testid="temporary-password">
          <p>{reset.message}</p>
          <p className="mt-1">
            {m.userAccess.temporaryPassword}: <code className="select-all font-mono text-base font-semibold" lang="en">{reset.data.password}</code>
          </p>
          <p className="mt-1 text-neutral-700">{m.userAccess.resetNote}</p>
        </div>
      )}
    </div>
  );
}

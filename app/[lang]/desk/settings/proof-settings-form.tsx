"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Labelled, options, Select } from "@/components/ui/control";
import { FormSection } from "@/components/ui/section";
import { FormActions } from "@/components/ui/status";
import type { ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n/messages";
import type { ProofSetting } from "@/lib/workflow/proof-rounds";
import { saveProofSettings } from "./actions";

const ROLES = ["EDITOR", "CHIEF_EDITOR", "ADMIN"] as const;

/** 三校: how many proofreading rounds publishing waits for, and the least role that may sign one. */
export function ProofSettingsForm({ messages: m, initial }: { messages: Pick<Messages, "settings" | "roles">; initial: ProofSetting }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  const submit = (form: FormData) =>
    startTransition(async () => {
      const outcome = await saveProofSettings(Object.fromEntries(form));
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  return (
    <FormSection title={m.settings.proofreading} action={submit} className="mt-6 max-w-2xl text-sm">
      <p id="proof-rounds-hint" className="text-neutral-700">
        {m.settings.proofRoundsHint}
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Labelled label={m.settings.proofRounds}>
          <Select name="rounds" defaultValue={initial.rounds} aria-describedby="proof-rounds-hint" items={[0, 1, 2, 3].map((n) => ({ value: n, label: String(n) }))} />
        </Labelled>
        <Labelled label={m.settings.proofRole}>
          <Select name="role" defaultValue={initial.role} items={options(ROLES, m.roles)} />
        </Labelled>
      </div>
      <FormActions failed={result?.ok === false} status={result?.message}>
        <Button type="submit" disabled={pending}>
          {m.settings.proofSave}
        </Button>
      </FormActions>
    </FormSection>
  );
}

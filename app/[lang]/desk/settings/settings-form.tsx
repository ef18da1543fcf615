"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input, Labelled, options, Select } from "@/components/ui/control";
import { FormActions } from "@/components/ui/status";
import type { ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n/messages";
import type { Stage } from "@/lib/workflow/stages";
import { saveSettings } from "./actions";

export interface SettingsValues {
  paperNameZh: string;
  paperNameEn: string;
  stages: Stage[];
  perSection: number;
  topStories: number;
  briefs: number;
}

const ROLES = ["EDITOR", "CHIEF_EDITOR", "ADMIN"] as const;
// A stage added here starts as 三审 has it (lib/workflow/stages.ts THREE_LEVEL_REVIEW, which is server code).
const NEW_STAGES: Stage[] = [
  { name: "初审", nameEn: "First review", role: "EDITOR" },
  { name: "复审", nameEn: "Second review", role: "EDITOR" },
  { name: "终审", nameEn: "Final review", role: "CHIEF_EDITOR" },
];

export function SettingsForm({ messages: m, initial }: { messages: Pick<Messages, "settings" | "roles">; initial: SettingsValues }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [count, setCount] = useState(initial.stages.length);
  const [result, setResult] = useState<ActionResult<null> | null>(null);

  const submit = (form: FormData) =>
    startTransition(async () => {
      const stages = Array.from({ length: count }, (_, i) => ({ name: form.get(`stage${i}Name`), nameEn: form.get(`stage${i}NameEn`), role: form.get(`stage${i}Role`) }));
      const outcome = await saveSettings({ ...Object.fromEntries(form), stages });
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  const number = (name: keyof SettingsValues, label: string) => (
    <Labelled label={label}><Input type="number" min={0} max={50} name={name} defaultValue={initial[name] as number} /></Labelled>
  );

  return (
    <form action={submit} className="max-w-2xl space-y-6 text-sm">
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 font-medium">{m.settings.paper}</legend>
        <Labelled label={m.settings.paperNameZh}><Input name="paperNameZh" defaultValue={initial.paperNameZh} /></Labelled>
        <Labelled label={m.settings.paperNameEn}><Input name="paperNameEn" defaultValue={initial.paperNameEn} /></Labelled>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-2 font-medium">{m.settings.stages}</legend>
        <Labelled label={m.settings.stageCount} className="block max-w-xs">
          <Select value={count} onChange={(e) => setCount(Number(e.target.value))} items={[1, 2, 3].map((n) => ({ value: n, label: String(n) }))} />
        </Labelled>
        {Array.from({ length: count }, (_, i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-3">
            <Labelled label={`${m.settings.stageName} ${i + 1}`}><Input name={`stage${i}Name`} defaultValue={initial.stages[i]?.name ?? NEW_STAGES[i]!.name} /></Labelled>
            <Labelled label={`${m.settings.stageNameEn} ${i + 1}`}><Input name={`stage${i}NameEn`} lang="en" defaultValue={initial.stages[i]?.nameEn ?? NEW_STAGES[i]!.nameEn} /></Labelled>
            <Labelled label={`${m.settings.stageRole} ${i + 1}`}><Select name={`stage${i}Role`} defaultValue={initial.stages[i]?.role ?? NEW_STAGES[i]!.role} items={options(ROLES, m.roles)} /></Labelled>
          </div>
        ))}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 font-medium">{m.settings.frontPage}</legend>
        {number("perSection", m.settings.perSection)}
        {number("topStories", m.settings.topStories)}
        {number("briefs", m.settings.briefs)}
      </fieldset>
      <FormActions failed={result?.ok === false} status={result?.message}>
        <Button type="submit" disabled={pending}>{m.settings.save}</Button>
      </FormActions>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n/messages";
import type { Stage } from "@/lib/workflow/stages";
import { inputClass } from "../articles/field";
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

export function SettingsForm({ messages: m, initial }: { messages: Messages; initial: SettingsValues }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [count, setCount] = useState(initial.stages.length);
  const [result, setResult] = useState<ActionResult<null> | null>(null);

  const submit = (form: FormData) =>
    startTransition(async () => {
      const stages = Array.from({ length: count }, (_, i) => ({ name: form.get(`stage${i}Name`), role: form.get(`stage${i}Role`) }));
      const outcome = await saveSettings({ ...Object.fromEntries(form), stages });
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  const number = (name: keyof SettingsValues, label: string) => (
    <label className="block">
      {label}
      <input type="number" min={0} max={50} name={name} defaultValue={initial[name] as number} className={inputClass} />
    </label>
  );

  return (
    <form action={submit} className="max-w-2xl space-y-6 text-sm">
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 font-medium">{m.settings.paper}</legend>
        <label className="block">
          {m.settings.paperNameZh}
          <input name="paperNameZh" defaultValue={initial.paperNameZh} className={inputClass} />
        </label>
        <label className="block">
          {m.settings.paperNameEn}
          <input name="paperNameEn" defaultValue={initial.paperNameEn} className={inputClass} />
        </label>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-2 font-medium">{m.settings.stages}</legend>
        <label className="block max-w-xs">
          {m.settings.stageCount}
          <select value={count} onChange={(e) => setCount(Number(e.target.value))} className={inputClass}>
            {[1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        {Array.from({ length: count }, (_, i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-2">
            <label className="block">
              {`${m.settings.stageName} ${i + 1}`}
              <input name={`stage${i}Name`} defaultValue={initial.stages[i]?.name ?? ["初审", "复审", "终审"][i]} className={inputClass} />
            </label>
            <label className="block">
              {`${m.settings.stageRole} ${i + 1}`}
              <select name={`stage${i}Role`} defaultValue={initial.stages[i]?.role ?? (i === 2 ? "CHIEF_EDITOR" : "EDITOR")} className={inputClass}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {m.roles[role]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 font-medium">{m.settings.frontPage}</legend>
        {number("perSection", m.settings.perSection)}
        {number("topStories", m.settings.topStories)}
        {number("briefs", m.settings.briefs)}
      </fieldset>
      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending} className="rounded bg-neutral-900 px-4 py-2 font-medium text-white disabled:opacity-60">
          {m.settings.save}
        </button>
        <p role="status" aria-live="polite" className={result?.ok === false ? "text-red-700" : "text-emerald-800"}>
          {result?.message}
        </p>
      </div>
    </form>
  );
}

"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Labelled, Select } from "@/components/ui/control";
import { Panel } from "@/components/ui/section";
import { StatusMessage } from "@/components/ui/status";
import type { Messages } from "@/lib/i18n/messages";
import { exportWordsAction, importWordsAction, installStarterAction } from "./actions";
import { useWordAction } from "./use-word-action";

// Server actions take at most 1 MB (lib/security/action-body-limit.ts):
// about 10,000 entries with notes. A bigger list goes in as several files.
const MAX_FILE_BYTES = 1_000_000;

/** CSV in and out, and the starter list. A refused file lists its problems row by row. */
export function TransferPanel({ messages: m }: { messages: Pick<Messages, "proofWords" | "proofread" | "validation"> }) {
  const w = m.proofWords;
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState("merge");
  const [local, setLocal] = useState<string | null>(null);
  const { pending, result, run, setResult } = useWordAction();

  const importFile = async () => {
    setResult(null);
    if (!file) return setLocal(w.noFile);
    if (file.size > MAX_FILE_BYTES) return setLocal(w.fileTooLarge);
    setLocal(null);
    const csv = await file.text();
    run(() => importWordsAction({ csv, mode }));
  };

  const exportFile = () =>
    run(
      () => exportWordsAction({}),
      (outcome) => {
        if (!outcome.ok) return;
        const link = document.createElement("a");
        link.href = URL.createObjectURL(new Blob([outcome.data], { type: "text/csv;charset=utf-8" }));
        link.download = "proofread-words.csv";
        link.click();
        URL.revokeObjectURL(link.href);
      },
    );

  return (
    <Panel title={w.importTitle} className="space-y-3 rounded border border-neutral-300 bg-white p-4 text-sm">
      <Labelled label={w.importFile}>
        <input type="file" accept=".csv,text/csv" aria-describedby="words-import-hint" onChange={(e) => setFile(e.target.files?.[0] ?? null)} className="mt-1 block" />
      </Labelled>
      <p id="words-import-hint" className="text-neutral-600">
        {w.importHint}
      </p>
      <Labelled label={w.mode}>
        <Select value={mode} onChange={(e) => setMode(e.target.value)} items={[{ value: "merge", label: w.merge }, { value: "replace", label: w.replace }]} />
      </Labelled>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={() => void importFile()}>
          {w.import}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={exportFile}>
          {w.export}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => installStarterAction({}))} aria-describedby="words-starter-hint">
          {w.starter}
        </Button>
      </div>
      <p id="words-starter-hint" className="text-neutral-600">
        {w.starterHint}
      </p>
      <div className="whitespace-pre-line" data-testid="words-status">
        <StatusMessage failed={!!local || result?.ok === false}>{local ?? result?.message}</StatusMessage>
      </div>
    </Panel>
  );
}

"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/control";
import { fill } from "@/lib/i18n/messages";
import type { ArticleFinding } from "@/lib/proofread/article/check";
import type { ProofMessages } from "./panel";

interface Props {
  finding: ArticleFinding;
  /** The text of the field it was found in, for a few characters either side. */
  text: string;
  description: string;
  fixable: boolean;
  messages: ProofMessages;
  canIgnore: boolean;
  onFix: () => void;
  onIgnore: (scope: "occurrence" | "everywhere", reason: string) => Promise<boolean>;
  onShow: () => void;
}

const AROUND = 8;

/** A finding: where, what, the suggested fix, Fix and Ignore (with a reason). No <form>: the panel sits inside the article's form. */
export function FindingItem({ finding: f, text, description, fixable, messages: m, canIgnore, onFix, onIgnore, onShow }: Props) {
  const p = m.proofread.panel;
  const [ignoring, setIgnoring] = useState(false);
  const [reason, setReason] = useState("");
  const [scope, setScope] = useState<"occurrence" | "everywhere">("occurrence");
  const [pending, setPending] = useState(false);
  const id = useId();
  const before = text.slice(Math.max(0, f.start - AROUND), f.start).replace(/\s+/g, " ");
  const after = text.slice(f.end, f.end + AROUND).replace(/\s+/g, " ");

  const confirm = async () => {
    setPending(true);
    const ok = await onIgnore(scope, reason);
    setPending(false);
    if (ok) setIgnoring(false);
  };

  return (
    <li data-testid="finding" className="space-y-1">
      <button type="button" onClick={onShow} className="block w-full text-left font-serif hover:bg-neutral-100">
        {f.field !== "body" && <span className="mr-1 font-sans text-xs text-neutral-600">[{p.fields[f.field]}]</span>}
        {before}
        <mark className={f.severity === "error" ? "bg-red-100" : "bg-amber-100"}>{f.match.replace(/\n+/g, "¶")}</mark>
        {after}
      </button>
      <p className="text-neutral-700">{description}</p>
      {f.fix !== undefined && <p className="text-neutral-700">{f.fix ? fill(p.fixTo, { fix: f.fix }) : p.fixDelete}</p>}
      {f.field === "caption" && !fixable && f.fix !== undefined && <p className="text-xs text-neutral-600">{p.photoCaption}</p>}
      <div className="flex gap-2">
        {fixable && (
          <Button type="button" size="tight" variant="positiveOutline" onClick={onFix}>
            {p.fix}
          </Button>
        )}
        {canIgnore && !ignoring && (
          <Button type="button" size="tight" variant="quiet" onClick={() => setIgnoring(true)}>
            {p.ignore}
          </Button>
        )}
      </div>
      {ignoring && (
        <div role="group" aria-label={p.ignore} className="space-y-2 rounded bg-neutral-50 p-2">
          <label className="block" htmlFor={`${id}-reason`}>
            {p.ignoreReason}
          </label>
          <TextArea id={`${id}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="flex flex-col gap-1">
            {(["occurrence", "everywhere"] as const).map((value) => (
              <label key={value} className="flex items-center gap-2">
                <input type="radio" name={`${id}-scope`} checked={scope === value} onChange={() => setScope(value)} />
                {value === "occurrence" ? p.scopeOccurrence : p.scopeEverywhere}
              </label>
            ))}
          </div>
          <div className="flex gap-2">
            <Button type="button" size="tight" onClick={() => void confirm()} disabled={pending}>
              {p.confirmIgnore}
            </Button>
            <Button type="button" size="tight" variant="quiet" onClick={() => setIgnoring(false)}>
              {p.cancel}
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}

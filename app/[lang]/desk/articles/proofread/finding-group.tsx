"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { fill } from "@/lib/i18n/messages";
import type { ArticleFinding } from "@/lib/proofread/article/check";
import type { RuleId } from "@/lib/proofread/rules";
import type { Snapshot } from "./engine";
import { FindingItem } from "./finding-item";
import type { ProofMessages } from "./panel";

type Engine = typeof import("./engine");

interface Props {
  rule: RuleId;
  findings: ArticleFinding[];
  shown: number;
  engine: Engine;
  snapshot: Snapshot;
  messages: ProofMessages;
  canIgnore: boolean;
  onFix: (f: ArticleFinding) => void;
  onFixKind: (rule: RuleId) => void;
  onIgnore: (f: ArticleFinding, scope: "occurrence" | "everywhere", reason: string) => Promise<boolean>;
  onShow: (f: ArticleFinding) => void;
}

/** One rule's findings: its name and count, "Fix all of this kind", then each finding. */
export function FindingGroup({ rule, findings, shown, engine, snapshot, messages: m, canIgnore, onFix, onFixKind, onIgnore, onShow }: Props) {
  const [open, setOpen] = useState(true);
  const p = m.proofread.panel;
  const info = engine.RULES[rule];
  const bulk = findings.some((f) => engine.bulkFixable(f) && engine.fixableHere(snapshot, f));
  const headingId = `proof-rule-${rule}`;
  return (
    <section aria-labelledby={headingId} data-rule={rule} className="border-t border-neutral-200 pt-2">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" id={headingId} aria-expanded={open} onClick={() => setOpen(!open)} className="flex-1 text-left font-medium">
          <span className={info.severity === "error" ? "text-red-800" : "text-amber-800"}>{m.proofread.severities[info.severity]}</span> · {engine.ruleName(m.proofread, rule)}{" "}
          <span data-testid="rule-count" className="text-neutral-600">
            ({findings.length})
          </span>
        </button>
        {bulk && (
          <Button type="button" size="tight" variant="secondary" onClick={() => onFixKind(rule)}>
            {p.fixAllKind}
          </Button>
        )}
      </div>
      {open && (
        <ul className="mt-2 space-y-2">
          {findings.slice(0, shown).map((f) => (
            <FindingItem
              key={f.key}
              finding={f}
              text={snapshot.textOf(f.field, f.index)}
              description={engine.describeFinding(m.proofread, f)}
              fixable={engine.fixableHere(snapshot, f)}
              messages={m}
              canIgnore={canIgnore}
              onFix={() => onFix(f)}
              onIgnore={(scope, reason) => onIgnore(f, scope, reason)}
              onShow={() => onShow(f)}
            />
          ))}
          {findings.length > shown && <li className="text-neutral-600">{fill(p.more, { count: findings.length - shown })}</li>}
        </ul>
      )}
    </section>
  );
}

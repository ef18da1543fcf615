"use client";

import { Button } from "@/components/ui/button";
import { fill } from "@/lib/i18n/messages";
import type { StoredIgnore } from "@/lib/proofread/article/ignores";
import type { ProofMessages } from "./panel";

interface Props {
  ignores: StoredIgnore[];
  /** How many findings of the text they set aside now. */
  count: number;
  messages: ProofMessages;
  canIgnore: boolean;
  onUnignore: (id: string) => void;
}

/** What the article keeps on purpose, with who said why; each can be shown again. */
export function IgnoredList({ ignores, count, messages: m, canIgnore, onUnignore }: Props) {
  if (ignores.length === 0) return null;
  const p = m.proofread.panel;
  return (
    <details className="border-t border-neutral-200 pt-2" data-testid="ignored">
      <summary className="cursor-pointer font-medium">{fill(p.ignored, { count })}</summary>
      <ul className="mt-2 space-y-2">
        {ignores.map((i) => (
          <li key={i.id}>
            <span className="font-serif">“{i.match}”</span> · {m.proofread.rules[i.rule]} · {p.fields[i.field]}
            <span className="block text-neutral-600">{fill(p.ignoredBy, { name: i.createdBy.name, reason: i.reason })}</span>
            {canIgnore && (
              <Button type="button" size="tight" variant="quiet" onClick={() => onUnignore(i.id)}>
                {p.unignore}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

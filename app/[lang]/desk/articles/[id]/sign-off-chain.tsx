import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { nameOfStage, type Stage } from "@/lib/workflow/stages";

interface SignOffRow {
  id: string;
  stage: number;
  opinion: string;
  createdAt: Date;
  voidedAt: Date | null;
  signer: { name: string };
}

/** The chain of sign-offs: each stage, who passed it, their opinion; voided ones struck through. */
export function SignOffChain({ signOffs, stages, locale, messages: m }: { signOffs: SignOffRow[]; stages: Stage[]; locale: Locale; messages: Messages }) {
  if (signOffs.length === 0) return null;
  return (
    <section aria-labelledby="sign-offs" className="text-sm">
      <h2 id="sign-offs" className="mb-2 font-medium">
        {m.workflow.signOffs}
      </h2>
      <ol className="space-y-2" data-testid="sign-offs">
        {signOffs.map((s) => (
          <li key={s.id} className={s.voidedAt ? "text-neutral-500 line-through" : ""}>
            <span className="font-medium">{nameOfStage(stages, s.stage, locale) ?? s.stage}</span> · {s.signer.name} · {formatDateTime(s.createdAt, locale)}
            {s.voidedAt && <span className="ml-1 no-underline">({m.workflow.voided})</span>}
            {s.opinion && <span className="block pl-3">“{s.opinion}”</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

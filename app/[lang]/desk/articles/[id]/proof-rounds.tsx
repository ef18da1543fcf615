import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill, pickMessages, type Messages } from "@/lib/i18n/messages";
import { describeStanding, isComplete } from "@/lib/workflow/proof-gate";
import type { ProofreadingView } from "@/lib/workflow/proof-view";
import { roundName } from "@/lib/workflow/proof-words";
import { SignRoundForm } from "./sign-round-form";

interface Props {
  articleId: string;
  view: ProofreadingView;
  locale: Locale;
  timeZone: string;
  messages: Messages;
}

/** 一校 → 二校 → 三校: each round, who signed it and what the checker found; what is still to do; the sign-off form. */
export function ProofRounds({ articleId, view, locale, timeZone, messages: m }: Props) {
  const r = m.proofread.rounds;
  const { setting, signOffs, overrides, standing } = view;
  if (setting.rounds === 0 && signOffs.length === 0 && overrides.length === 0) return null;
  return (
    <section aria-labelledby="proof-rounds" className="space-y-2 text-sm" data-testid="proof-rounds">
      <h2 id="proof-rounds" className="font-medium">
        {r.title}
      </h2>
      <p className="text-neutral-700">{setting.rounds === 0 ? r.notRequired : fill(r.required, { count: setting.rounds })}</p>
      <ol className="space-y-1">
        {Array.from({ length: Math.max(setting.rounds, ...signOffs.map((s) => s.round)) }, (_, i) => i + 1).map((round) => {
          const signed = signOffs.filter((s) => s.round === round);
          return (
            <li key={round} data-testid={`proof-round-${round}`}>
              <span className="font-medium">{roundName(m, round)}</span>
              {signed.length === 0 && <span className="text-neutral-600"> · {r.notSigned}</span>}
              {signed.map((s) => (
                <span key={s.id} data-testid={s.voidedAt ? "proof-sign-off-voided" : "proof-sign-off"} className={`block pl-3 ${s.voidedAt ? "text-neutral-500 line-through" : ""}`}>
                  {s.signer.name} · {formatDateTime(s.createdAt, locale, timeZone)} · {fill(r.counts, { fixed: s.fixed, ignored: s.ignored, left: s.left })}
                  {s.voidedAt && <span className="ml-1 no-underline">({r.voided})</span>}
                  {s.note && <span className="block">“{s.note}”</span>}
                </span>
              ))}
            </li>
          );
        })}
      </ol>
      {setting.rounds > 0 && (
        <p data-testid="proof-standing" className={isComplete(standing) ? "text-emerald-800" : "text-red-800"}>
          {isComplete(standing) ? r.complete : describeStanding(m, standing)}
        </p>
      )}
      {overrides.map((o) => (
        <p key={o.id} className="rounded bg-amber-50 p-2" data-testid="proof-override">
          {fill(r.override, { name: o.actor.name, reason: o.reason })} · {formatDateTime(o.createdAt, locale, timeZone)}
        </p>
      ))}
      {view.maySign && view.next !== null && (
        <SignRoundForm
          articleId={articleId}
          round={view.next}
          title={fill(r.signTitle, { round: roundName(m, view.next) })}
          button={fill(r.sign, { round: roundName(m, view.next) })}
          messages={pickMessages(m, "proofread")}
        />
      )}
    </section>
  );
}

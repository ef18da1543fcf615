import type { UnsentEntry } from "@/lib/autosave/queue";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import { clockTime } from "./save-state";

interface Props {
  entry: UnsentEntry;
  messages: Messages["editor"];
  locale: Locale;
  timeZone: string;
  onRestore: () => void;
  onDiscard: () => void;
}

/** Text this device kept that the server never got, offered back on the next visit. */
export function RestorePrompt({ entry, messages: m, locale, timeZone, onRestore, onDiscard }: Props) {
  return (
    <section aria-labelledby="unsent-title" className="rounded border border-amber-400 bg-amber-50 p-3" data-testid="unsent-changes">
      <h2 id="unsent-title" className="font-medium">
        {m.unsentFound}
      </h2>
      <p className="mt-1 text-sm">{fill(m.unsentSavedAt, { time: clockTime(entry.changedAt, locale, timeZone) })}</p>
      <div className="mt-2 flex gap-2">
        <button type="button" onClick={onRestore} className="rounded bg-neutral-900 px-3 py-1.5 text-sm font-medium text-white">
          {m.restore}
        </button>
        <button type="button" onClick={onDiscard} className="rounded border border-neutral-400 px-3 py-1.5 text-sm">
          {m.discard}
        </button>
      </div>
    </section>
  );
}

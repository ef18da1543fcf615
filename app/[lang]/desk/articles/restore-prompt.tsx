import { Button } from "@/components/ui/button";
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
        <Button type="button" onClick={onRestore} size="sm" className="font-medium">{m.restore}</Button>
        <Button type="button" onClick={onDiscard} variant="secondary" size="sm">{m.discard}</Button>
      </div>
    </section>
  );
}

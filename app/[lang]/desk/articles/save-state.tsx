import type { SaveState } from "@/lib/autosave/types";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";

interface Props {
  state: SaveState;
  messages: Messages["editor"];
  locale: Locale;
  timeZone: string;
}

/** "Saved at 10:42" in the newsroom's time, whatever the reporter's computer says. */
export const clockTime = (at: Date | number, locale: Locale, timeZone: string) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(at);

export function SaveStateLine({ state, messages: m, locale, timeZone }: Props) {
  const text =
    state.kind === "saving"
      ? m.saving
      : state.kind === "saved"
        ? fill(m.savedAt, { time: clockTime(state.at, locale, timeZone) })
        : state.kind === "dirty"
          ? m.unsaved
          : state.kind === "offline"
            ? m.offline
            : state.kind === "conflict"
              ? m.conflictState
              : state.kind === "error"
                ? fill(m.notSaved, { message: state.message })
                : "";
  const alarming = state.kind === "offline" || state.kind === "conflict" || state.kind === "error";
  return (
    <p role="status" aria-live="polite" data-testid="save-state" className={`text-sm ${alarming ? "text-red-700" : "text-neutral-600"}`}>
      {text}
    </p>
  );
}

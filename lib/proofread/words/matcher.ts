// The word lists compiled for the checker. Compiling 20,000 entries takes
// tens of milliseconds, so a caller compiles once per version of the list
// and checks many times.
import type { RuleId } from "../rules";
import type { WordCategory, WordEntry } from "../types";
import { buildAutomaton, type Automaton } from "./automaton";

export const WORD_CATEGORIES = ["BANNED", "CAUTION", "STANDARD", "WRONG_FORM", "VARIANT"] as const satisfies readonly WordCategory[];

export const CATEGORY_RULE = {
  BANNED: "wordBanned",
  CAUTION: "wordCaution",
  STANDARD: "wordStandard",
  WRONG_FORM: "wordWrongForm",
  VARIANT: "wordVariant",
} as const satisfies Record<WordCategory, RuleId>;

export interface WordMatcher {
  entries: readonly WordEntry[];
  automaton: Automaton;
}

export function compileWords(entries: readonly WordEntry[]): WordMatcher {
  return { entries, automaton: buildAutomaton(entries.map((e) => e.term)) };
}

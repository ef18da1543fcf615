// Applying fixes. A fix replaces exactly its finding's span, so nothing
// else in the text moves: "Fix all" on the seed page changes the marks and
// not one other character (seed-page.test.ts).
import { checkText, type CheckOptions } from "./check";
import { RULES, rulesInGroup } from "./rules";
import type { Finding } from "./types";

/** The text with this one finding's fix applied (unchanged if it has none). */
export function applyFix(text: string, finding: Finding): string {
  if (finding.fix === undefined) return text;
  return text.slice(0, finding.start) + finding.fix + text.slice(finding.end);
}

/**
 * Applies the fixes that do not overlap an earlier one (by position); the
 * others wait for the next check. Returns how many were applied.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const chosen: Finding[] = [];
  let reach = -1;
  for (const f of [...findings].filter((f) => f.fix !== undefined).sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (f.start < reach) continue;
    chosen.push(f);
    reach = Math.max(reach, f.end);
  }
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) out = applyFix(out, chosen[i]!);
  return { text: out, applied: chosen.length };
}

export interface FixAllOptions extends CheckOptions {
  /** Leave out findings the user ignored, or keep to one kind ("Fix all of this kind"). */
  select?: (finding: Finding, text: string) => boolean;
}

// A fix can reveal another (`,,` → `，，` → `，`); a few rounds settle any text.
const ROUNDS = 5;

/**
 * "Fix all": checks, applies every fix of the rules that allow it
 * (rules.ts bulkFix), and checks again until nothing is left to fix.
 * `changed` counts the fixes applied.
 */
export function fixAll(text: string, options: FixAllOptions = {}): { text: string; changed: number } {
  let changed = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const fixable = checkText(text, options).filter((f) => f.fix !== undefined && RULES[f.rule].bulkFix && (options.select?.(f, text) ?? true));
    if (fixable.length === 0) break;
    const result = applyFixes(text, fixable);
    text = result.text;
    changed += result.applied;
  }
  return { text, changed };
}

export const PUNCTUATION_RULES = rulesInGroup("punctuation");

/**
 * The punctuation fixes alone, for the page importer: OCR'd text comes in
 * with half-width marks. `changed` is the number of marks changed.
 */
export function fixPunctuation(text: string): { text: string; changed: number } {
  return fixAll(text, { rules: PUNCTUATION_RULES });
}

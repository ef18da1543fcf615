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
  const chosen = chooseFixes(findings);
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) out = applyFix(out, chosen[i]!);
  return { text: out, applied: chosen.length };
}

/**
 * The fixes that do not overlap an earlier one, by position: what one round
 * of "Fix all" applies, in the text or in the editor's document alike.
 */
export function chooseFixes<F extends Finding>(findings: readonly F[]): F[] {
  const chosen: F[] = [];
  let reach = -1;
  for (const f of [...findings].filter((f) => f.fix !== undefined).sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (f.start < reach) continue;
    chosen.push(f);
    reach = Math.max(reach, f.end);
  }
  return chosen;
}

/** The rounds "Fix all" takes at most: a fix can reveal another (`,,` → `，，` → `，`). */
export const FIX_ROUNDS = 5;

/** Whether "Fix all" may apply this finding's fix without a person looking at it. */
export const bulkFixable = (f: Finding) => f.fix !== undefined && RULES[f.rule].bulkFix;

export interface FixAllOptions extends CheckOptions {
  /** Leave out findings the user ignored, or keep to one kind ("Fix all of this kind"). */
  select?: (finding: Finding, text: string) => boolean;
}

/**
 * "Fix all": checks, applies every fix of the rules that allow it
 * (rules.ts bulkFix), and checks again until nothing is left to fix.
 * `changed` counts the fixes applied.
 */
export function fixAll(text: string, options: FixAllOptions = {}): { text: string; changed: number } {
  let changed = 0;
  for (let round = 0; round < FIX_ROUNDS; round++) {
    const fixable = checkText(text, options).filter((f) => bulkFixable(f) && (options.select?.(f, text) ?? true));
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

// Small helpers for the rule tests: what a rule finds, as [text, fix] pairs,
// and what "Fix all" of one rule makes of a text.
import { checkText, type CheckOptions } from "./check";
import { fixAll } from "./fix";
import type { RuleId } from "./rules";

export function found(text: string, rule: RuleId, options: CheckOptions = {}): [string, string | undefined][] {
  return checkText(text, { ...options, rules: [rule] }).map((f) => [text.slice(f.start, f.end), f.fix]);
}

export const fixed = (text: string, rule: RuleId, options: CheckOptions = {}) => fixAll(text, { ...options, rules: [rule] }).text;

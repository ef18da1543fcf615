import { RULES, type RuleId } from "./rules";
import type { Finding, FindingMessage, Severity } from "./types";

/** A finding with its rule's severity unless the rule says otherwise for this case. */
export function finding(
  rule: RuleId,
  start: number,
  end: number,
  message: FindingMessage,
  params?: Record<string, string>,
  fix?: string,
  severity: Severity = RULES[rule].severity,
): Finding {
  const f: Finding = { start, end, rule, severity, message };
  if (params) f.params = params;
  if (fix !== undefined) f.fix = fix;
  return f;
}

// A finding in words, from the `proofread` part of the catalog only, so the
// editor's panel never carries the whole catalog to the browser.
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { RULES, type RuleId } from "./rules";
import type { Finding } from "./types";

export type ProofreadMessages = Messages["proofread"];

export function describeFinding(m: ProofreadMessages, finding: Finding): string {
  const params = finding.params ?? {};
  return m.findings[finding.message].replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}

export const ruleName = (m: ProofreadMessages, rule: RuleId) => m.rules[rule];

export const groupName = (m: ProofreadMessages, rule: RuleId) => m.groups[RULES[rule].group];

// The newsroom's own lists (禁用词/慎用词, 规范表述, 错别字, 异形词), matched in
// one pass by the compiled automaton. Where two entries overlap the longer
// wins: 中华人民共和国 over 人民.
import type { Context } from "../context";
import { finding } from "../finding";
import type { Finding } from "../types";
import { CATEGORY_RULE } from "../words/matcher";

export function wordLists({ text, words, protectedUnits }: Context): Finding[] {
  if (!words || words.entries.length === 0) return [];
  const findings: Finding[] = [];
  for (const m of words.automaton.longest(text)) {
    if (protectedUnits[m.start]) continue;
    const entry = words.entries[m.term]!;
    const rule = CATEGORY_RULE[entry.category];
    const replacement = entry.replacement?.trim() || undefined;
    const params = { term: entry.term, replacement: replacement ?? "", note: entry.note ?? "" };
    findings.push(finding(rule, m.start, m.end, rule, params, replacement !== entry.term ? replacement : undefined));
  }
  return findings;
}

// The checker: text in, findings out, sorted by position. Pure and quick
// enough to run on every keystroke in the editor (BENCHMARKS.md,
// "Proofreading"). Each rule is a function of the shared context; the table
// in rules.ts gives their severities and groups.
import { makeContext, type Context } from "./context";
import { RULE_IDS, type RuleId } from "./rules";
import { bookTitleMarks } from "./rules/book-title";
import { dash } from "./rules/dash";
import { doubledPunctuation } from "./rules/doubled";
import { ellipsis } from "./rules/ellipsis";
import { fullWidthAlphanumeric } from "./rules/full-width";
import { halfWidthPunctuation } from "./rules/half-width";
import { brokenParagraph, spaceBetweenChinese } from "./rules/layout";
import { approximateRedundant, mixedNumerals, rangeComma } from "./rules/numbers";
import { straightQuotes } from "./rules/quotes";
import { traditionalCharacter } from "./rules/traditional";
import { unmatchedPair } from "./rules/unmatched";
import { wordLists } from "./rules/word-lists";
import type { Field, Finding } from "./types";
import type { WordMatcher } from "./words/matcher";

export interface CheckOptions {
  /** "body" (the default) or "line" for a headline, kicker, subheadline or caption. */
  field?: Field;
  /** The newsroom's word lists, compiled once with compileWords. */
  words?: WordMatcher;
  /** Only these rules; all when absent. */
  rules?: readonly RuleId[];
}

const RUNNERS: [readonly RuleId[], (context: Context) => Finding[]][] = [
  [["halfWidthPunctuation"], halfWidthPunctuation],
  [["ellipsis"], ellipsis],
  [["dash"], dash],
  [["bookTitleMarks"], bookTitleMarks],
  [["straightQuotes"], straightQuotes],
  [["unmatchedPair"], unmatchedPair],
  [["doubledPunctuation"], doubledPunctuation],
  [["fullWidthAlphanumeric"], fullWidthAlphanumeric],
  [["rangeComma"], rangeComma],
  [["approximateRedundant"], approximateRedundant],
  [["mixedNumerals"], mixedNumerals],
  [["brokenParagraph"], brokenParagraph],
  [["spaceBetweenChinese"], spaceBetweenChinese],
  [["traditionalCharacter"], traditionalCharacter],
  [["wordBanned", "wordCaution", "wordStandard", "wordWrongForm", "wordVariant"], wordLists],
];

const ORDER = new Map(RULE_IDS.map((id, i) => [id, i]));

export function checkText(text: string, options: CheckOptions = {}): Finding[] {
  const only = options.rules ? new Set(options.rules) : null;
  const context = makeContext(text, options.field ?? "body", options.words);
  const findings: Finding[] = [];
  for (const [ids, run] of RUNNERS) {
    if (only && !ids.some((id) => only.has(id))) continue;
    for (const f of run(context)) if (!only || only.has(f.rule)) findings.push(f);
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || ORDER.get(a.rule)! - ORDER.get(b.rule)!);
}

// The checker's rules, one line each: the group the editor's panel files it
// under, its severity (an open "error" will hold up publishing), and whether
// "Fix all" may apply its fixes without a person looking at each one
// (docs/decisions/0025-proofreading.md). Which rules run is decided here
// and in check.ts only.

export type RuleGroup = "punctuation" | "numbers" | "layout" | "characters" | "words";

export interface RuleInfo {
  group: RuleGroup;
  severity: "error" | "warning" | "info";
  bulkFix: boolean;
}

export const RULES = {
  // GB/T 15834-2011, punctuation.
  halfWidthPunctuation: { group: "punctuation", severity: "error", bulkFix: true },
  ellipsis: { group: "punctuation", severity: "error", bulkFix: true },
  dash: { group: "punctuation", severity: "error", bulkFix: true },
  bookTitleMarks: { group: "punctuation", severity: "error", bulkFix: true },
  straightQuotes: { group: "punctuation", severity: "error", bulkFix: true },
  unmatchedPair: { group: "punctuation", severity: "warning", bulkFix: false },
  doubledPunctuation: { group: "punctuation", severity: "error", bulkFix: true },
  fullWidthAlphanumeric: { group: "punctuation", severity: "error", bulkFix: true },
  // GB/T 15835-2011, numbers: the part a machine can check.
  rangeComma: { group: "numbers", severity: "warning", bulkFix: true },
  approximateRedundant: { group: "numbers", severity: "warning", bulkFix: true },
  mixedNumerals: { group: "numbers", severity: "warning", bulkFix: true },
  // What OCR and column jumps leave behind. Joining paragraphs is confirmed one by one.
  brokenParagraph: { group: "layout", severity: "warning", bulkFix: false },
  spaceBetweenChinese: { group: "layout", severity: "warning", bulkFix: true },
  // Never changed without a look: names keep their traditional characters (於谦).
  traditionalCharacter: { group: "characters", severity: "warning", bulkFix: false },
  // The newsroom's own lists. 慎用词 depend on context, so each is decided alone.
  wordBanned: { group: "words", severity: "error", bulkFix: true },
  wordCaution: { group: "words", severity: "warning", bulkFix: false },
  wordStandard: { group: "words", severity: "error", bulkFix: true },
  wordWrongForm: { group: "words", severity: "error", bulkFix: true },
  wordVariant: { group: "words", severity: "warning", bulkFix: true },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export const rulesInGroup = (group: RuleGroup): RuleId[] => RULE_IDS.filter((id) => RULES[id].group === group);

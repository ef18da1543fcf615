// Public shapes of the proofreading checker. Everything under lib/proofread/
// except words/ (the database side) is pure TypeScript that runs in the
// browser too: the editor checks as the reporter types.
import type { RuleId } from "./rules";

export type { RuleId };
export type Severity = "error" | "warning" | "info";

/** Key of a sentence under messages.proofread.findings. */
export type FindingMessage =
  | "halfWidth"
  | "ellipsis"
  | "dash"
  | "singleDash"
  | "bookTitle"
  | "straightQuote"
  | "unpairedQuote"
  | "unmatchedOpen"
  | "unmatchedClose"
  | "doubled"
  | "doubledMixed"
  | "fullWidth"
  | "rangeComma"
  | "approximateRedundant"
  | "mixedNumerals"
  | "brokenParagraph"
  | "spaceBetweenChinese"
  | "traditional"
  | "wordBanned"
  | "wordCaution"
  | "wordStandard"
  | "wordWrongForm"
  | "wordVariant";

export interface Finding {
  /** UTF-16 offsets into the checked text: `text.slice(start, end)` is what the finding is about. */
  start: number;
  end: number;
  rule: RuleId;
  severity: Severity;
  message: FindingMessage;
  /** Values for the message's {placeholders}. */
  params?: Record<string, string>;
  /** The replacement for `text.slice(start, end)`, when the checker has one. */
  fix?: string;
}

/**
 * "body": paragraphs separated by line breaks (Article.body); every rule.
 * "line": a headline, kicker, subheadline or caption; no layout rules
 * (headlines use spaces between their parts, and have no paragraphs).
 */
export type Field = "body" | "line";

export type WordCategory = "BANNED" | "CAUTION" | "STANDARD" | "WRONG_FORM" | "VARIANT";

/** One entry of the newsroom's word lists, as the checker needs it. */
export interface WordEntry {
  term: string;
  category: WordCategory;
  replacement?: string | null;
  note?: string | null;
}

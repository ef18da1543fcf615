// The proofreading checker (三校). Pure TypeScript for the browser and the
// server alike; the word lists come in as data (words/ holds their database
// side). docs/decisions/0025-proofreading.md.
export { checkText, type CheckOptions } from "./check";
export { applyFix, applyFixes, bulkFixable, chooseFixes, FIX_ROUNDS, fixAll, fixPunctuation, PUNCTUATION_RULES, type FixAllOptions } from "./fix";
export { ignoreFor, isIgnored, withoutIgnored, type Ignore } from "./ignore";
export { errorRate } from "./rate";
export { describeFinding, groupName, ruleName, type ProofreadMessages } from "./describe";
export { RULES, RULE_IDS, rulesInGroup, type RuleGroup, type RuleId, type RuleInfo } from "./rules";
export { compileWords, WORD_CATEGORIES, type WordMatcher } from "./words/matcher";
export type { Field, Finding, FindingMessage, Severity, WordCategory, WordEntry } from "./types";
export { checkArticle, checkField, countFixed, fieldTexts, PROOF_FIELDS, rateOf, type ArticleCheck, type ArticleFinding, type ArticleTexts, type FieldIgnore, type FieldText, type ProofField } from "./article/check";

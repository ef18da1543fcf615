// An article as the proofreader sees it: the body and every line around it
// (kicker, headline, subheadline, captions), each checked on its own, with
// the findings the article keeps on purpose set aside. The same function
// runs in the editor's panel as the reporter types and on the server when a
// round is signed or the article is published, so both count alike.
import { countText } from "@/lib/articles/counts";
import { checkText } from "../check";
import { isIgnored, type Ignore } from "../ignore";
import type { Finding } from "../types";
import type { WordMatcher } from "../words/matcher";

export const PROOF_FIELDS = ["kicker", "headline", "subheadline", "body", "caption"] as const;
export type ProofField = (typeof PROOF_FIELDS)[number];

export interface ArticleTexts {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  /** Article.body: paragraphs separated by a blank line. */
  body: string;
  /** The body's figure captions, then the photo slots' captions, in order. */
  captions: string[];
}

export interface FieldText {
  field: ProofField;
  /** Which caption; 0 for the other fields. */
  index: number;
  text: string;
}

export interface ArticleFinding extends Finding {
  field: ProofField;
  index: number;
  /** The characters the finding covers. */
  match: string;
  /** Stable within one check: for lists and the editor's marks. */
  key: string;
}

/** An ignore as the article keeps it: for one field (every caption counts as "caption"). */
export interface FieldIgnore extends Ignore {
  field: ProofField;
}

export function fieldTexts(texts: ArticleTexts): FieldText[] {
  const line = (field: ProofField, text: string | null) => (text ? [{ field, index: 0, text }] : []);
  return [
    ...line("kicker", texts.kicker),
    ...line("headline", texts.headline),
    ...line("subheadline", texts.subheadline),
    ...line("body", texts.body),
    ...texts.captions.flatMap((text, index) => (text ? [{ field: "caption" as const, index, text }] : [])),
  ];
}

/** One field's findings, as an article's. */
export function checkField(field: FieldText, words?: WordMatcher): ArticleFinding[] {
  return checkText(field.text, { field: field.field === "body" ? "body" : "line", words }).map((f) => ({
    ...f,
    field: field.field,
    index: field.index,
    match: field.text.slice(f.start, f.end),
    key: `${field.field}:${field.index}:${f.start}:${f.end}:${f.rule}`,
  }));
}

export interface ArticleCheck {
  open: ArticleFinding[];
  ignored: ArticleFinding[];
  /** Open error-severity findings per 10,000 characters (字数) of all the fields together. */
  rate: { errors: number; characters: number; perTenThousand: number };
}

export function checkArticle(texts: ArticleTexts, options: { words?: WordMatcher; ignores?: readonly FieldIgnore[] } = {}): ArticleCheck {
  const ignores = options.ignores ?? [];
  const open: ArticleFinding[] = [];
  const ignored: ArticleFinding[] = [];
  const fields = fieldTexts(texts);
  for (const field of fields) {
    const own = ignores.filter((i) => i.field === field.field);
    for (const f of checkField(field, options.words)) (own.length && isIgnored(field.text, f, own) ? ignored : open).push(f);
  }
  return { open, ignored, rate: rateOf(open, fields) };
}

export function rateOf(open: readonly ArticleFinding[], fields: readonly FieldText[]) {
  const characters = fields.reduce((sum, f) => sum + countText(f.text).total, 0);
  const errors = open.filter((f) => f.severity === "error").length;
  return { errors, characters, perTenThousand: characters ? (errors * 10_000) / characters : 0 };
}

/**
 * How many of the findings `before` (a round's starting text) are gone
 * `after`: neither open nor ignored. Counted by field, rule and the text
 * found, so typing elsewhere moves nothing.
 */
export function countFixed(before: readonly ArticleFinding[], after: readonly ArticleFinding[]): number {
  const remaining = new Map<string, number>();
  const key = (f: ArticleFinding) => `${f.field}\u0000${f.rule}\u0000${f.match}`;
  for (const f of after) remaining.set(key(f), (remaining.get(key(f)) ?? 0) + 1);
  let fixed = 0;
  for (const f of before) {
    const left = remaining.get(key(f)) ?? 0;
    if (left > 0) remaining.set(key(f), left - 1);
    else fixed += 1;
  }
  return fixed;
}

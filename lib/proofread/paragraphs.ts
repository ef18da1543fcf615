// Paragraphs as the checker sees them: each non-blank line of the text
// (Article.body separates paragraphs with a blank line, a hard break inside
// one with a line break). A paragraph that stops mid-sentence and goes on in
// the next is one "logical" paragraph for the rules that pair marks: a
// column jump must not also count as an unclosed quote.
import { before } from "./chars";

export interface Span {
  start: number;
  end: number;
}

export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    if (/\S/.test(text.slice(start, lineEnd))) spans.push({ start, end: lineEnd });
    start = end + 1;
  }
  return spans;
}

// A paragraph ends on these (GB/T 15834: 句末点号; ；/： close a list item or
// lead into a list; …… trails off).
const TERMINAL = new Set([..."。！？!?；;：:….．"].map((c) => c.codePointAt(0)!));
// Closing quotes end a paragraph only after a terminal mark: `他说：“好。”`
// ends, `称为“路线图”` at a line end does not.
const CLOSERS = "”’」』》〉\"'";
// A closing bracket at the very end is a byline or a credit: （记者 郭坤）.
const BRACKET_END = new Set([..."）)】〕"].map((c) => c.codePointAt(0)!));
const SENTENCE_MARK = /[，。、；：？！,;:?!]/;
// One Han character, then a mark: `展，` `清。` `式”`. A list number (一、) is not one.
const ONE_CHARACTER_CLAUSE = /^\s*(?![一二三四五六七八九十][、．.])\p{Script=Han}[^\p{L}\p{N}\s]/u;
const CUT_LINE = /^\s*(?:\.{3,}|…+|。{3,}|[·・]{3,})\s*$/;

/**
 * Whether paragraph `p` stops mid-sentence and `next` carries on with it.
 * `p` ends without a terminal mark, neither is a Markdown heading of OCR'd
 * text nor an editor's cut line, and one of these says the sentence goes on:
 * - `p` is prose (it has sentence punctuation, so not a title or caption);
 * - `p` ends inside a quotation or brackets it opened (进行“整容);
 * - `next` opens with a single character before its first mark (展，10月28日),
 *   which no sentence does.
 */
export function continuesInNext(text: string, p: Span, next: Span): boolean {
  const own = text.slice(p.start, p.end);
  const following = text.slice(next.start, next.end);
  if (own.trimStart().startsWith("#") || following.trimStart().startsWith("#")) return false;
  if (CUT_LINE.test(own) || CUT_LINE.test(following)) return false;
  const last = before(text, p.end);
  if (last < 0 || TERMINAL.has(last) || BRACKET_END.has(last)) return false;
  const lastWord = before(text, p.end, CLOSERS);
  if (lastWord < 0 || TERMINAL.has(lastWord)) return false;
  return SENTENCE_MARK.test(own) || endsOpen(own, following) || ONE_CHARACTER_CLAUSE.test(following);
}

const OPENERS: [string, string][] = [["“", "”"], ["（", "）"], ["(", ")"], ["《", "》"]];

/** More “ than ” (or brackets): the text stopped inside them, unless the next paragraph reopens (a quotation over paragraphs). */
function endsOpen(own: string, following: string): boolean {
  const count = (c: string) => own.split(c).length - 1;
  return OPENERS.some(([open, close]) => count(open) > count(close) && !following.trimStart().startsWith(open));
}

export interface ParagraphLayout {
  paragraphs: Span[];
  /** broken[i]: paragraph i carries on in paragraph i + 1. */
  broken: boolean[];
  /** Paragraphs with the broken ones joined to what follows. */
  logical: Span[];
}

export function layoutOf(text: string, joinBroken: boolean): ParagraphLayout {
  const paragraphs = splitParagraphs(text);
  const broken = paragraphs.map((p, i) => joinBroken && i + 1 < paragraphs.length && continuesInNext(text, p, paragraphs[i + 1]!));
  const logical: Span[] = [];
  let open: Span | null = null;
  for (const [i, p] of paragraphs.entries()) {
    open = open ? { start: open.start, end: p.end } : { ...p };
    if (!broken[i]) {
      logical.push(open);
      open = null;
    }
  }
  return { paragraphs, broken, logical };
}

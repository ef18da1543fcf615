// Turns text into search tokens that PostgreSQL's `simple` configuration can
// index: Chinese has no spaces between words, so every run of CJK characters
// becomes its overlapping two-character pairs (开发区 → 开发 发区); Latin
// words and numbers stay whole, lower-cased (docs/decisions/0005-search.md).

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Tokens of a document, space-separated, ready for to_tsvector('simple', …). */
export function documentTokens(text: string): string {
  const tokens: string[] = [];
  for (const part of text.normalize("NFKC").split(CJK_RUN)) {
    for (const word of part.match(WORD) ?? []) tokens.push(word.toLowerCase());
  }
  for (const run of text.normalize("NFKC").match(CJK_RUN) ?? []) tokens.push(...bigrams(run));
  return tokens.join(" ");
}

/**
 * A tsquery for what a reader typed: every token must match. A single CJK
 * character matches as a prefix of a pair (开:* finds 开发), so one-character
 * searches work without indexing single characters. Returns null when the
 * query has nothing searchable.
 */
export function queryTokens(query: string): string | null {
  const normalised = query.normalize("NFKC");
  const terms: string[] = [];
  for (const part of normalised.split(CJK_RUN)) {
    for (const word of part.match(WORD) ?? []) terms.push(`${escapeTerm(word.toLowerCase())}:*`);
  }
  for (const run of normalised.match(CJK_RUN) ?? []) {
    const pairs = bigrams(run);
    if (Array.from(run).length === 1) terms.push(`${escapeTerm(run)}:*`);
    else terms.push(...pairs.map(escapeTerm));
  }
  return terms.length ? [...new Set(terms)].join(" & ") : null;
}

// Quoted lexemes cannot be read as tsquery operators.
const escapeTerm = (term: string) => `'${term.replace(/'/g, "''")}'`;

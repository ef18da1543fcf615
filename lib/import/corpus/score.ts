// Field accuracy of the importer against a corpus page's golden result.
// Articles are compared in page order; a missing or extra article counts
// every one of its fields wrong. Contributors likewise, person by person.

import { fromProposal } from "../proposal";
import type { ImportedPage, ImportOptions } from "../types";

export type Tuple = [name: string, role: string, credit: string | null];

export interface GoldenArticle {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  dateline: string;
  place: string | null;
  date: string | null;
  contributors: Tuple[];
  /** First sentence of the first paragraph, last sentence of the last. */
  start: string;
  end: string;
}

export interface Golden {
  about?: string;
  options: ImportOptions;
  pages: { label: { number: number; name: string | null } | null; articles: GoldenArticle[] }[];
}

export const FIELDS = [
  "kicker", "headline", "subheadline", "dateline", "place", "date",
  "contributor name", "contributor role", "contributor credit", "body start", "body end",
] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally {
  right: Record<Field, number>;
  total: Record<Field, number>;
  misses: string[];
}

export function emptyTally(): Tally {
  const zero = () => Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  return { right: zero(), total: zero(), misses: [] };
}

/** Sentences of a paragraph, each with its end mark and closing quotes. */
function sentences(p: string): string[] {
  return p.match(/[^。！？!?]+[。！？!?]+[”’」』]*|[^。！？!?]+$/g) ?? [];
}

/** The proposal in the golden shape: contributors as the article will store them. */
export function asGolden(page: ImportedPage): GoldenArticle[] {
  return page.articles.map((a) => ({
    kicker: a.kicker,
    headline: a.headline,
    subheadline: a.subheadline,
    dateline: a.dateline,
    place: a.datelineParts.place,
    date: a.datelineParts.date,
    // A commentary's signature is its contributor; an unnamed byline
    // (本报评论员) stays unnamed here, so it is scored as a role, not a name.
    contributors: (a.contributors.length ? a.contributors : fromProposal(a).contributors).map(
      (c): Tuple => [c.name, c.role, c.credit ?? null],
    ),
    start: sentences(a.paragraphs[0] ?? "")[0] ?? "",
    end: sentences(a.paragraphs.at(-1) ?? "").at(-1) ?? "",
  }));
}

export function score(tally: Tally, where: string, expected: GoldenArticle[], actual: GoldenArticle[]): void {
  const count = (field: Field, ok: boolean, detail: string) => {
    tally.total[field]++;
    if (ok) tally.right[field]++;
    else tally.misses.push(`${where} ${field}: ${detail}`);
  };
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    const e = expected[i];
    const a = actual[i];
    const label = `#${i + 1} ${e?.headline ?? a?.headline ?? ""}`;
    const same = (field: Field, x: unknown, y: unknown) =>
      count(field, e !== undefined && a !== undefined && x === y, `${label}: expected ${JSON.stringify(x)}, got ${JSON.stringify(y)}`);
    same("kicker", e?.kicker, a?.kicker);
    same("headline", e?.headline, a?.headline);
    same("subheadline", e?.subheadline, a?.subheadline);
    same("dateline", e?.dateline, a?.dateline);
    same("place", e?.place, a?.place);
    same("date", e?.date, a?.date);
    same("body start", e?.start, a?.start);
    same("body end", e?.end, a?.end);
    const people = Math.max(e?.contributors.length ?? 0, a?.contributors.length ?? 0);
    for (let j = 0; j < people; j++) {
      const [en, er, ec] = e?.contributors[j] ?? [];
      const [an, ar, ac] = a?.contributors[j] ?? [];
      const both = e?.contributors[j] !== undefined && a?.contributors[j] !== undefined;
      count("contributor name", both && en === an, `${label} person ${j + 1}: expected ${en}, got ${an}`);
      count("contributor role", both && er === ar, `${label} ${en ?? an}: expected ${er}, got ${ar}`);
      count("contributor credit", both && ec === ac, `${label} ${en ?? an}: expected ${ec}, got ${ac}`);
    }
  }
}

export function accuracy(tally: Tally, field?: Field): number {
  const fields: readonly Field[] = field ? [field] : FIELDS;
  const right = fields.reduce((n, f) => n + tally.right[f], 0);
  const total = fields.reduce((n, f) => n + tally.total[f], 0);
  return total === 0 ? 1 : right / total;
}

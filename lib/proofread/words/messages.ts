// Word-list refusals in the reader's language: the CSV import's row by row
// problems, and the single-entry refusals.
import { fill, type Messages } from "@/lib/i18n/messages";
import type { CsvRowError } from "./csv-rows";
import type { WordRefusal } from "./manage";

/** The file's problems as sentences, at most `limit` of them and a line saying how many more. */
export function describeCsvErrors(m: Messages, errors: readonly CsvRowError[], limit = 20): string[] {
  const csv = m.proofread.csv;
  const lines = errors.slice(0, limit).map((e) => {
    const problem = fill(csv[e.problem], { value: e.value ?? "", otherRow: e.otherRow ?? "", max: e.max ?? "" });
    return e.row > 0 ? fill(csv.row, { row: e.row, problem }) : problem;
  });
  if (errors.length > limit) lines.push(fill(csv.more, { count: errors.length - limit }));
  return [fill(csv.refused, { count: errors.length }), ...lines];
}

export function wordRefusalMessage(m: Messages, refusal: WordRefusal): string {
  return refusal.reason === "term_taken" ? fill(m.proofread.words.termTaken, { term: refusal.term ?? "" }) : m.proofread.words.notFound;
}

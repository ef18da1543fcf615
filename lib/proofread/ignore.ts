// "Ignore" in the editor, remembered for the article: either every finding
// of a rule on the same text (this term is fine here), or one occurrence,
// recognised by the characters around it rather than by its offset, so that
// typing elsewhere does not bring it back.
import type { RuleId } from "./rules";
import type { Finding } from "./types";

export interface Ignore {
  rule: RuleId;
  /** The text the finding covered. */
  match: string;
  /** For one occurrence: up to CONTEXT characters either side, within its paragraph. */
  before?: string;
  after?: string;
}

const CONTEXT = 8;

export function ignoreFor(text: string, finding: Finding, scope: "occurrence" | "everywhere"): Ignore {
  const ignore: Ignore = { rule: finding.rule, match: text.slice(finding.start, finding.end) };
  if (scope === "occurrence") Object.assign(ignore, surroundings(text, finding));
  return ignore;
}

function surroundings(text: string, finding: Finding) {
  const lineStart = text.lastIndexOf("\n", finding.start - 1) + 1;
  const newline = text.indexOf("\n", finding.end);
  const lineEnd = newline < 0 ? text.length : newline;
  return {
    before: text.slice(Math.max(lineStart, finding.start - CONTEXT), finding.start),
    after: text.slice(finding.end, Math.min(lineEnd, finding.end + CONTEXT)),
  };
}

export function isIgnored(text: string, finding: Finding, ignores: readonly Ignore[]): boolean {
  let around: { before: string; after: string } | undefined;
  for (const ignore of ignores) {
    if (ignore.rule !== finding.rule || ignore.match !== text.slice(finding.start, finding.end)) continue;
    if (ignore.before === undefined && ignore.after === undefined) return true;
    around ??= surroundings(text, finding);
    if (around.before === (ignore.before ?? "") && around.after === (ignore.after ?? "")) return true;
  }
  return false;
}

export function withoutIgnored(text: string, findings: readonly Finding[], ignores: readonly Ignore[]): Finding[] {
  return ignores.length ? findings.filter((f) => !isIgnored(text, f, ignores)) : [...findings];
}

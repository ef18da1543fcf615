// A readable diff of two revisions. Chinese has no spaces to split words on,
// so CJK text is compared character by character; Latin text word by word,
// so "May" → "June" reads as one word replaced, not letters shuffled.
import { diffChars, diffWordsWithSpace } from "diff";
import { formatByline, type BylineContributor } from "@/lib/articles/byline";
import type { RevisionSnapshot } from "./snapshot";

export type Segment = { kind: "same" | "ins" | "del"; text: string } | { kind: "gap" };

export const DIFF_FIELDS = ["kicker", "headline", "subheadline", "dateline", "byline", "summary", "body"] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldDiff {
  field: DiffField;
  changed: boolean;
  segments: Segment[];
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
// A pathological pair of long texts is not worth a stalled page: past this
// the diff shows the old text deleted and the new one inserted, whole.
const TIMEOUT_MS = 1_000;
// Collapsing fewer characters than this saves nothing worth the "…".
const MIN_GAP = 10;

/** True when most letters of the text are CJK characters. */
export function isMostlyCjk(text: string): boolean {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const all = text.match(LETTER_OR_DIGIT)?.length ?? 0;
  return cjk > all - cjk;
}

export function diffText(before: string, after: string): Segment[] {
  if (before === after) return before ? [{ kind: "same", text: before }] : [];
  // Both sides together decide, so one text is never split two ways.
  const changes = isMostlyCjk(before + after)
    ? diffChars(before, after, { timeout: TIMEOUT_MS })
    : diffWordsWithSpace(before, after, { timeout: TIMEOUT_MS });
  if (!changes) {
    const whole: Segment[] = [{ kind: "del", text: before }, { kind: "ins", text: after }];
    return whole.filter((s) => s.kind !== "gap" && s.text);
  }
  return changes
    .filter((c) => c.value)
    .map((c) => ({ kind: c.added ? "ins" : c.removed ? "del" : "same", text: c.value }));
}

/**
 * Long unchanged stretches shrink to the `context` characters next to each
 * change, with a gap ("…") for the rest. A field with no change at all keeps
 * its beginning and end.
 */
export function collapse(segments: Segment[], context = 30): Segment[] {
  return segments.flatMap((segment, i): Segment[] => {
    if (segment.kind !== "same") return [segment];
    // Code points, so a character outside the BMP is never cut in half.
    const chars = Array.from(segment.text);
    const alone = segments.length === 1;
    const head = i > 0 || alone ? context : 0;
    const tail = i < segments.length - 1 || alone ? context : 0;
    if (chars.length < head + tail + MIN_GAP) return [segment];
    return [
      ...(head ? [{ kind: "same" as const, text: chars.slice(0, head).join("") }] : []),
      { kind: "gap" as const },
      ...(tail ? [{ kind: "same" as const, text: chars.slice(-tail).join("") }] : []),
    ];
  });
}

/** The byline as printed in Chinese: the names exactly as stored, not romanised. */
function fieldText(snapshot: RevisionSnapshot, field: DiffField): string {
  if (field === "byline") return formatByline("", snapshot.contributors as BylineContributor[], "zh-CN");
  return snapshot[field] ?? "";
}

export function compareSnapshots(before: RevisionSnapshot, after: RevisionSnapshot, context?: number): FieldDiff[] {
  return DIFF_FIELDS.map((field) => {
    const a = fieldText(before, field);
    const b = fieldText(after, field);
    return { field, changed: a !== b, segments: collapse(diffText(a, b), context) };
  });
}

// The text layer of a page as lines: PDF.js gives runs of text (one per font
// change, one per drawing call), and a line of a column is several of them
// side by side on one baseline. Comparing text needs it without spaces and
// punctuation, which print and the desk often write differently (, and ，).
import type { TextItem } from "./render";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Line extends Box {
  /** The line's text, normalised (`normalize`). */
  text: string;
}

/** Letters and digits only, full-width forms folded to their plain ones, lower case. */
export const normalize = (text: string) => text.normalize("NFKC").replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();

export const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

/** The gap between two boxes (0 when they touch or overlap), in the larger of the two directions. */
export function distance(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.max(dx, dy);
}

/**
 * Runs joined into lines: a run continues a line when it sits on the same
 * baseline (within a third of its height) and starts where the line ends
 * (a gap under a third of its height, a Latin word space; a column's gutter is wider).
 */
export function toLines(items: TextItem[]): Line[] {
  // Punctuation runs stay: they hold the line together, though they add no text.
  const sorted = items.filter((i) => i.h > 0 && i.s.trim()).sort((a, b) => a.y + a.h - (b.y + b.h) || a.x - b.x);
  const open: (Line & { baseline: number; end: number })[] = [];
  for (const item of sorted) {
    const baseline = item.y + item.h;
    const line = open.find((l) => Math.abs(l.baseline - baseline) <= item.h / 3 && item.x - l.end <= item.h / 3 && item.x - l.end >= -item.h / 2);
    if (line) {
      Object.assign(line, union(line, { x: item.x, y: item.y, width: item.w, height: item.h }));
      line.text += normalize(item.s);
      line.end = item.x + item.w;
    } else {
      open.push({ x: item.x, y: item.y, width: item.w, height: item.h, text: normalize(item.s), baseline, end: item.x + item.w });
    }
  }
  return open.filter((l) => l.text).map(({ x, y, width, height, text }) => ({ x, y, width, height, text }));
}

/** The line under `line` in the same column: overlapping it by half its width, nearest below, within two line heights. */
export function lineBelow(lines: Line[], line: Line): Line | undefined {
  let best: Line | undefined;
  for (const other of lines) {
    if (other === line || other.y <= line.y) continue;
    const overlap = Math.min(line.x + line.width, other.x + other.width) - Math.max(line.x, other.x);
    if (overlap < Math.min(line.width, other.width) / 2) continue;
    if (other.y - (line.y + line.height) > 2 * Math.max(line.height, other.height)) continue;
    if (!best || other.y < best.y) best = other;
  }
  return best;
}

// Second pass: say what each line looks like on its own, before deciding
// what it means in context (that is split-stories.ts's job).

import { parseByline, type Byline } from "./byline";
import { charLength, endsParagraph, isCutMarker } from "./chars";
import type { Line } from "./normalise";

export type Block =
  /** `#`/`##`/`###` line from the OCR tool's markdown. */
  | { kind: "heading"; level: number; text: string; line: Line }
  /** 电头 and contributor list, possibly followed by body text. */
  | { kind: "byline"; byline: Byline; line: Line }
  /** `.....`: an editor's cut, kept verbatim. */
  | { kind: "cut"; line: Line }
  /** Short line without sentence punctuation: headline, kicker, caption or name. */
  | { kind: "bare"; line: Line }
  /** Anything else: body text. */
  | { kind: "text"; line: Line };

/** Longest bare line; the fixture's kicker (引题) is 39 characters. */
const BARE_MAX = 60;

/**
 * Headlines, kickers, captions and author names carry no sentence
 * punctuation: no comma, full stop, semicolon or colon anywhere, and nothing
 * that ends a paragraph. 、 and quotes are fine (“创文” appears in headlines).
 */
export function isBare(text: string): boolean {
  if (isCutMarker(text) || charLength(text) > BARE_MAX) return false;
  if (/[，,。；;！？!?：:]/.test(text) || endsParagraph(text)) return false;
  return /[\p{Script=Han}A-Za-z]/u.test(text);
}

const HEADING = /^(#{1,6})\s*(.*?)\s*#*$/;

export function toBlocks(lines: Line[]): Block[] {
  return lines.map((line): Block => {
    const heading = HEADING.exec(line.text);
    if (heading && (heading[2] ?? "") !== "") {
      return { kind: "heading", level: (heading[1] ?? "#").length, text: heading[2] ?? "", line };
    }
    const byline = parseByline(line.text);
    if (byline) return { kind: "byline", byline, line };
    if (isCutMarker(line.text)) return { kind: "cut", line };
    if (isBare(line.text)) return { kind: "bare", line };
    return { kind: "text", line };
  });
}

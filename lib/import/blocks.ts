// Second pass: say what each line looks like on its own, before deciding
// what it means in context (that is split-stories.ts's job).

import { continuedOpening, parseByline, type Byline } from "./byline";
import { charLength, endsParagraph, isCutMarker } from "./chars";
import { furnitureKind, splitContinued } from "./furniture";
import type { Line } from "./normalise";
import type { PageFurniture } from "./types";

export type Block =
  /** `#`/`##`/`###` line from the OCR tool's markdown, or a whole `**bold**` line. */
  | { kind: "heading"; level: number; text: string; line: Line }
  /** 电头 and contributor list, possibly followed by body text. */
  | { kind: "byline"; byline: Byline; line: Line }
  /** Page header, editors' credits, jump line: the page's, not a story's. */
  | { kind: "furniture"; furniture: PageFurniture["kind"]; line: Line }
  /** `.....`: an editor's cut, kept verbatim. */
  | { kind: "cut"; line: Line }
  /** `■ 市民在…`: a marked photo caption (the ■ is typesetting). */
  | { kind: "caption"; text: string; marker: string; line: Line }
  /**
   * A line that is a paragraph of its own and never a headline: a `○` item
   * of a combined story or a numbered subhead (一、…), 编者按 and its
   * `——编 者`, a list of leaders present.
   */
  | { kind: "own"; own: "item" | "note" | "leaders"; line: Line }
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
const CAPTION = /^([■▲])\s*(.+)$/u;
const ITEM = /^[○●◆◇]/u;
const EDITOR_NOTE = /^(?:编者按|編者按)|^[—－-]+\s*编\s*者\s*$|^[—－-]+\s*編\s*者\s*$/u;
// 李楚 卢新华 陈丽华参加 · 市领导王伟、李强出席: who attended, set under the
// headline like a subhead; never a headline itself.
const LEADERS = /^(?:[省市县区縣區]?(?:领导|領導|委领导))?[\p{Script=Han}·]{2,4}(?:[\s、][\p{Script=Han}·]{2,4})+(?:参加|出席|参会|陪同|參加|參會)(?:活动|会议|活動|會議)?$/u;
// Body subheads in bold (一、… (二)… 1.…) stay in the story.
const ORDINAL = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])/u;

export function toBlocks(lines: Line[]): Block[] {
  return lines.map((line): Block => {
    const heading = HEADING.exec(line.text);
    const headingText = heading?.[2] ?? "";
    // `# 第03版 开发区`: the OCR sets the page header as a heading too.
    const continued = splitContinued(line.text);
    if (continued) return { kind: "byline", byline: continuedOpening(continued.jump, continued.rest), line };
    const furniture = furnitureKind(headingText || line.text);
    if (furniture) return { kind: "furniture", furniture, line };
    if (headingText !== "") return { kind: "heading", level: (heading?.[1] ?? "#").length, text: headingText, line };
    const byline = parseByline(line.text);
    if (byline) return { kind: "byline", byline, line };
    if (isCutMarker(line.text)) return { kind: "cut", line };
    const caption = CAPTION.exec(line.text);
    if (caption) return { kind: "caption", marker: caption[1] ?? "", text: caption[2] ?? "", line };
    if (ITEM.test(line.text)) return { kind: "own", own: "item", line };
    if (EDITOR_NOTE.test(line.text)) return { kind: "own", own: "note", line };
    if (LEADERS.test(line.text)) return { kind: "own", own: "leaders", line };
    if (isBare(line.text)) {
      // 一、厂房配套齐全: a numbered subhead inside a story, bold or not.
      if (ORDINAL.test(line.text)) return { kind: "own", own: "item", line };
      if (line.bold) return { kind: "heading", level: 1, text: line.text, line };
      return { kind: "bare", line };
    }
    return { kind: "text", line };
  });
}

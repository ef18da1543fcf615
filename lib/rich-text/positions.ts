// The plain body (to-text.ts) of the editor's live document, with where
// each of its characters sits in the document. The proofreading checker
// speaks in offsets into the plain body; underlining a finding or applying
// its fix in the editor needs document positions. Built from the same rules
// as richTextToPlain, which a test holds it to: paragraphs and headings,
// trimmed, a blank line between them, hard breaks as line breaks, pictures
// left out.
import type { Node as DocNode } from "@tiptap/pm/model";
import type { RichNode } from "./schema";

export interface PlainBody {
  text: string;
  /** The document position of each UTF-16 unit of `text`; -1 for the blank lines between paragraphs. */
  positions: Int32Array;
}

const TEXT_BLOCKS = new Set(["paragraph", "heading"]);

export function plainBodyOf(doc: DocNode): PlainBody {
  let text = "";
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === "figure") return false;
    if (!TEXT_BLOCKS.has(node.type.name)) return true;
    let own = "";
    const at: number[] = [];
    node.forEach((child, offset) => {
      const start = pos + 1 + offset;
      if (child.isText) {
        own += child.text!;
        for (let i = 0; i < child.text!.length; i++) at.push(start + i);
      } else if (child.type.name === "hardBreak") {
        own += "\n";
        at.push(start);
      }
    });
    const lead = own.length - own.trimStart().length;
    const kept = own.trim();
    if (kept) {
      if (text) {
        text += "\n\n";
        positions.push(-1, -1);
      }
      text += kept;
      positions.push(...at.slice(lead, lead + kept.length));
    }
    return false;
  });
  return { text, positions: Int32Array.from(positions) };
}

/**
 * The document range of the plain body's [start, end): from the first
 * character's position to just after the last one's. Null when the span
 * holds no character of the document (it cannot be mapped).
 */
export function docRange(body: PlainBody, start: number, end: number): { from: number; to: number } | null {
  let first = start;
  while (first < end && body.positions[first]! < 0) first++;
  let last = end - 1;
  while (last >= first && body.positions[last]! < 0) last--;
  if (first >= end || last < first) return null;
  return { from: body.positions[first]!, to: body.positions[last]! + 1 };
}

/** The figures' captions in document order, from the editor's document. */
export function figureCaptionsOf(doc: DocNode): { pos: number; caption: string }[] {
  const found: { pos: number; caption: string }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== "figure") return true;
    found.push({ pos, caption: String(node.attrs.caption ?? "") });
    return false;
  });
  return found;
}

/** The same from a stored body (JSON). */
export function figureCaptions(doc: RichNode | null | undefined): string[] {
  const found: string[] = [];
  const walk = (node: RichNode) => {
    if (node.type === "figure") found.push(String(node.attrs?.caption ?? ""));
    else node.content?.forEach(walk);
  };
  if (doc) walk(doc);
  return found;
}

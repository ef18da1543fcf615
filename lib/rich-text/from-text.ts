// An article stored before rich text (plain `body`, no `bodyJson`) opens in
// the editor as its paragraphs; a single line break inside one is kept.
import type { RichDoc, RichNode } from "./schema";

function paragraph(text: string): RichNode {
  const lines = text.split("\n");
  const content: RichNode[] = lines.flatMap((line, i) => [
    ...(i > 0 ? [{ type: "hardBreak" as const }] : []),
    ...(line ? [{ type: "text" as const, text: line }] : []),
  ]);
  return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
}

export function plainToRichText(body: string): RichDoc {
  const paragraphs = body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { type: "doc", content: paragraphs.length > 0 ? paragraphs.map(paragraph) : [{ type: "paragraph" }] };
}

// The plain text of a rich body: one paragraph per block, separated by a
// blank line, the way the body column has always been stored, so search,
// counts (字数), feeds, ledes and revision diffs keep working on `body`.
import type { RichNode } from "./schema";

// Blocks whose text is one paragraph of the plain body.
const TEXT_BLOCKS = new Set(["paragraph", "heading"]);

function inline(node: RichNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(inline).join("");
}

/** Pictures are left out: their captions belong to the photo, not to the text. */
export function richTextToPlain(doc: RichNode): string {
  const paragraphs: string[] = [];
  const stack: RichNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (TEXT_BLOCKS.has(node.type)) {
      const text = inline(node).trim();
      if (text) paragraphs.push(text);
    } else if (node.type !== "figure" && node.content) {
      // Children in document order: pushed last-first.
      for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]!);
    }
  }
  return paragraphs.join("\n\n");
}

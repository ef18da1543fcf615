// The shape of a stored body (Tiptap/ProseMirror JSON), checked on the
// server before it is saved: only the nodes and marks the editor has, safe
// addresses, and a bounded size and depth.
import { getSchema } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { z } from "zod";
import { richTextExtensions } from "./extensions";
import { isSafeHref, isSafeImageSrc } from "./urls";

export const MAX_DOC_BYTES = 500_000;
// Levels of JSON (a node's children are two levels down): lists in quotes in
// lists stay far below this.
const MAX_DEPTH = 64;

const NODE_TYPES = ["doc", "paragraph", "heading", "text", "bulletList", "orderedList", "listItem", "blockquote", "hardBreak", "figure"] as const;

const mark = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({
    type: z.literal("link"),
    attrs: z.looseObject({ href: z.string().max(2000).refine(isSafeHref, "unsafe_link") }),
  }),
]);

const attrs = z.record(z.string(), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]));

export interface RichNode {
  type: (typeof NODE_TYPES)[number];
  attrs?: Record<string, string | number | boolean | null>;
  content?: RichNode[];
  marks?: z.infer<typeof mark>[];
  text?: string;
}

const node: z.ZodType<RichNode> = z.lazy(() =>
  z
    .object({
      type: z.enum(NODE_TYPES),
      attrs: attrs.optional(),
      content: z.array(node).max(20_000).optional(),
      marks: z.array(mark).max(10).optional(),
      text: z.string().optional(),
    })
    .superRefine((n, ctx) => {
      if (n.type === "heading" && n.attrs?.level !== 2 && n.attrs?.level !== 3) ctx.addIssue({ code: "custom", message: "invalid" });
      if (n.type === "figure" && !isSafeImageSrc(String(n.attrs?.src ?? ""))) ctx.addIssue({ code: "custom", message: "unsafe_image" });
    }),
);

export type RichDoc = RichNode & { type: "doc" };

function depth(value: unknown): number {
  // Iterative, so a hostile document cannot overflow the stack here.
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, level] = stack.pop()!;
    deepest = Math.max(deepest, level);
    if (deepest > MAX_DEPTH) return deepest;
    if (item && typeof item === "object") for (const child of Object.values(item)) stack.push([child, level + 1]);
  }
  return deepest;
}

let editorSchema: Schema | undefined;

/** Fits the editor's own content rules (no list inside a paragraph, no empty text). */
function wellFormed(doc: RichDoc): boolean {
  try {
    editorSchema ??= getSchema(richTextExtensions);
    editorSchema.nodeFromJSON(doc).check();
    return true;
  } catch {
    return false;
  }
}

const byteLength = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Depth and size first (they bound the recursive steps after them), then the shape. */
export const richDocSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (depth(value) > MAX_DEPTH) ctx.addIssue({ code: "custom", message: "invalid" });
    else if (byteLength(value) > MAX_DOC_BYTES) ctx.addIssue({ code: "custom", message: "too_long" });
  })
  .pipe(node)
  .refine((doc) => doc.type === "doc", "invalid")
  .transform((doc) => doc as RichDoc)
  .refine(wellFormed, "invalid");

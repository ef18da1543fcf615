// The reader's HTML of a rich body, made on the server only: Tiptap's own
// serialiser with the editor's extensions, then the sanitiser. Reader pages
// import this and nothing of the editor, so they ship no editor code.
import { generateHTML } from "@tiptap/html/server";
import { richTextExtensions } from "./extensions";
import { sanitizeArticleHtml } from "./sanitize";
import { richDocSchema } from "./schema";

/** Null when the stored document does not fit the schema: the caller shows the plain paragraphs. */
export function richTextToHtml(json: unknown): string | null {
  const parsed = richDocSchema.safeParse(json);
  if (!parsed.success) return null;
  try {
    return sanitizeArticleHtml(generateHTML(parsed.data, richTextExtensions));
  } catch (error) {
    console.error("[rich-text] could not render a body", error);
    return null;
  }
}

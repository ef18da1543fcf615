// Text and attribute values for hand-written XML. Article text comes from
// reporters and OCR, so it can hold anything: a stray control character or a
// lone surrogate makes the whole document unreadable to a strict parser.

// XML 1.0 forbids C0 controls except tab, LF and CR, and U+FFFE/U+FFFF;
// DEL and C1 controls are allowed but discouraged, and never meant in copy.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function stripControl(text: string): string {
  return text.replace(FORBIDDEN, "").replace(LONE_SURROGATE, "");
}

/** Safe in element text and in quoted attribute values alike. */
export function escapeXml(text: string): string {
  return stripControl(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** `<name>text</name>`, or nothing when there is no text. */
export function element(name: string, text: string | null | undefined): string {
  return text ? `<${name}>${escapeXml(text)}</${name}>` : "";
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

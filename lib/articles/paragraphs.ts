// The body is plain text for now: paragraphs separated by blank lines
// (single line breaks inside a paragraph are kept as typed).
export function toParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

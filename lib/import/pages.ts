// A file may hold a whole edition: each page starts at its header line
// (`第01版 要闻`, `【第02版：开发区】`). Split before anything else, so every
// page is imported — and hashed — on its own.

import { readPageHeader, type PageHeader } from "./furniture";

export interface PageText {
  /** The page's text, its header line included. */
  text: string;
  header: string | null;
  label: PageHeader | null;
}

/**
 * Pages in file order. A file without headers is one page; text before the
 * first header (a masthead, a note) is a page of its own only when it holds
 * more than blank lines.
 */
export function splitPages(raw: string): PageText[] {
  const rows = raw.replace(/\r\n?/g, "\n").split("\n");
  const pages: PageText[] = [];
  let current: PageText = { text: "", header: null, label: null };
  let body: string[] = [];
  const close = () => {
    current.text = body.join("\n");
    if (current.header !== null || current.text.trim() !== "") pages.push(current);
  };
  for (const row of rows) {
    const label = readPageHeader(row.replace(/\*\*/g, "").replace(/^#+\s*/, ""));
    if (label) {
      close();
      current = { text: "", header: row.trim(), label };
      body = [];
    }
    body.push(row);
  }
  close();
  // One header and nothing else before it: an ordinary single page.
  return pages.length > 0 ? pages : [{ text: raw, header: null, label: null }];
}

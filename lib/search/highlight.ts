// Marks what the reader searched for in a piece of text. Done in the app, not
// with ts_headline: the index holds character pairs, not the words themselves.

export interface Segment {
  text: string;
  match: boolean;
}

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

/** The search's terms: CJK runs as typed, Latin words case-insensitively. */
function terms(query: string): string[] {
  const normalised = query.normalize("NFKC");
  const found = [...(normalised.match(CJK_RUN) ?? [])];
  for (const part of normalised.split(CJK_RUN)) found.push(...(part.match(/[\p{L}\p{N}]+/gu) ?? []));
  return [...new Set(found)].filter(Boolean).sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function highlight(text: string, query: string): Segment[] {
  const list = terms(query);
  if (!list.length) return [{ text, match: false }];
  const pattern = new RegExp(`(${list.map(escapeRegExp).join("|")})`, "giu");
  return text
    .split(pattern)
    .filter((part) => part !== "")
    .map((part) => ({ text: part, match: list.some((t) => t.toLowerCase() === part.toLowerCase()) }));
}

/** A window of `size` characters around the first match, for result lists. */
export function excerpt(text: string, query: string, size = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const first = terms(query)
    .map((t) => flat.toLowerCase().indexOf(t.toLowerCase()))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b)[0];
  if (first === undefined || flat.length <= size) return flat.slice(0, size);
  const start = Math.max(0, first - Math.floor(size / 3));
  return `${start > 0 ? "…" : ""}${flat.slice(start, start + size)}…`;
}

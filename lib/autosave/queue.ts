// What the browser keeps of an article until the server has it, and the
// rules for sending it: pure functions, so they are tested without a browser.

/** The article form's values, as kept on this device. */
export type FormSnapshot = Record<string, unknown>;

export interface UnsentEntry {
  fields: FormSnapshot;
  /** The version the text was typed on: sending it over a newer one is a conflict. */
  baseVersion: number | null;
  changedAt: number;
}

/** Per article and person: two people on one computer never see each other's text. */
export const unsentKey = (userId: string, articleId: string | undefined) => `copydesk:unsent:${userId}:${articleId ?? "new"}`;

/** JSON with sorted keys: the database (jsonb) does not keep key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The text as compared: `body` is derived from `bodyJson` when there is one. */
export function textKey(fields: FormSnapshot): string {
  const { body, bodyJson, ...rest } = fields;
  return canonicalJson({ ...rest, ...(bodyJson ? { bodyJson } : { body }) });
}

export const sameText = (a: FormSnapshot, b: FormSnapshot) => textKey(a) === textKey(b);

export function readEntry(raw: string | null): UnsentEntry | null {
  if (!raw) return null;
  try {
    const entry = JSON.parse(raw) as Partial<UnsentEntry>;
    if (!entry.fields || typeof entry.fields !== "object" || typeof entry.changedAt !== "number") return null;
    return { fields: entry.fields, baseVersion: typeof entry.baseVersion === "number" ? entry.baseVersion : null, changedAt: entry.changedAt };
  } catch {
    return null;
  }
}

/** Two tabs writing the same key: the later typing wins. */
export const newerEntry = (a: UnsentEntry | null, b: UnsentEntry | null) => (!a ? b : !b ? a : b.changedAt >= a.changedAt ? b : a);

/** Offered back on load only when it differs from what the server has. */
export const shouldOffer = (entry: UnsentEntry | null, server: FormSnapshot): entry is UnsentEntry => !!entry && !sameText(entry.fields, server);

/** 2 s, 4 s, 8 s … at most 30 s between tries while the server cannot be reached. */
export const retryDelay = (attempt: number) => Math.min(30_000, 2_000 * 2 ** Math.max(0, attempt));

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * Both texts in one, to edit into the merged version: their paragraphs in
 * order, and each of mine that they lack after the paragraph it followed.
 */
export function mergeTexts(mine: string, theirs: string): string {
  const result = paragraphs(theirs);
  let position = -1;
  for (const paragraph of paragraphs(mine)) {
    const found = result.indexOf(paragraph, position + 1);
    if (found >= 0) position = found;
    else result.splice(++position, 0, paragraph);
  }
  return result.join("\n\n");
}

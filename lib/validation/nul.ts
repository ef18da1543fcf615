// PostgreSQL cannot store U+0000 in text, and no one types it: a form or a
// request carrying it is refused at the door (the field named), before any
// schema or query sees it.

/** The path of the first string holding U+0000 in a form's input, or null. */
export function findNul(raw: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof raw === "string") return raw.includes("\u0000") ? path.join(".") || "form" : null;
  if (depth > 20 || raw === null || typeof raw !== "object") return null;
  if (raw instanceof FormData) {
    for (const [key, value] of raw.entries()) if (typeof value === "string" && value.includes("\u0000")) return key;
    return null;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key.includes("\u0000")) return [...path, key].join(".");
    const found = findNul(value, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

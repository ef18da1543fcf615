// A person's public author slug: 郭坤 → guo-kun, and guo-kun-2 for the
// second 郭坤, so /authors/<slug> stays ASCII and unique.
import type { DbOrTx } from "@/lib/database/client";
import { romanizeName } from "@/lib/articles/romanize";

export function baseSlug(name: string): string {
  const ascii = romanizeName(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return ascii.slice(0, 50).replace(/-+$/, "") || "staff";
}

export async function uniqueUserSlug(db: DbOrTx, name: string): Promise<string> {
  const base = baseSlug(name);
  const taken = new Set(
    (await db.user.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((u) => u.slug),
  );
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

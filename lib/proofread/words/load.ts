// The word lists as the checker takes them, with a version that changes
// whenever the lists do, so the editor compiles them once per version.
// Every member of staff checks against them: the page or action that hands
// them out requires a signed-in session, nothing more.
import type { DbOrTx } from "@/lib/database/client";
import type { WordEntry } from "../types";

export async function loadWordList(db: DbOrTx): Promise<{ version: string; entries: WordEntry[] }> {
  const entries = await db.proofWord.findMany({
    select: { term: true, category: true, replacement: true, note: true, updatedAt: true },
    orderBy: { term: "asc" },
  });
  // Adding or changing an entry moves the newest time; deleting one, the count.
  const newest = entries.reduce((max, e) => Math.max(max, e.updatedAt.getTime()), 0);
  return {
    version: `${entries.length}-${newest}`,
    entries: entries.map(({ term, category, replacement, note }) => ({ term, category, replacement, note })),
  };
}

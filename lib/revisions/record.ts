import type { DbOrTx } from "@/lib/database/client";
import type { RevisionKind } from "@/lib/generated/prisma/enums";
import { readSnapshot, textHash } from "./snapshot";

// Autosaves every few seconds would bury the history: one author's autosaves
// less than this far apart are kept as one revision, the latest text.
export const AUTOSAVE_WINDOW_MS = 10 * 60_000;

const returned = { id: true, textHash: true, version: true } as const;

/**
 * Keeps the article's current text as a revision; returns it with its hash.
 * With `coalesce`, an AUTOSAVE replaces the article's latest revision when
 * that is an AUTOSAVE by the same author less than 10 minutes old. Anything
 * else in between (a manual save, a submit, someone else's autosave) ends
 * the run, so those always keep their own row.
 */
export async function recordRevision(
  db: DbOrTx,
  input: { articleId: string; version: number; kind: RevisionKind; authorId: string },
  options: { coalesce?: boolean; now?: Date } = {},
) {
  const snapshot = await readSnapshot(db, input.articleId);
  const text = { snapshot: JSON.parse(JSON.stringify(snapshot)), textHash: textHash(snapshot) };
  if (!options.coalesce || input.kind !== "AUTOSAVE") {
    return db.articleRevision.create({ data: { ...input, ...text }, select: returned });
  }
  const now = options.now ?? new Date();
  // By version, not time: each write bumps it, so the highest is the latest.
  const last = await db.articleRevision.findFirst({
    where: { articleId: input.articleId },
    orderBy: [{ version: "desc" }, { createdAt: "desc" }],
    select: { id: true, kind: true, authorId: true, createdAt: true },
  });
  const age = last ? now.getTime() - last.createdAt.getTime() : Infinity;
  if (last && last.kind === "AUTOSAVE" && last.authorId === input.authorId && age >= 0 && age < AUTOSAVE_WINDOW_MS) {
    // An AUTOSAVE row is never what a sign-off or correction points at, so it may change.
    return db.articleRevision.update({ where: { id: last.id }, data: { ...text, version: input.version, createdAt: now }, select: returned });
  }
  return db.articleRevision.create({ data: { ...input, ...text, createdAt: now }, select: returned });
}

export async function latestRevision(db: DbOrTx, articleId: string) {
  return db.articleRevision.findFirst({ where: { articleId }, orderBy: [{ createdAt: "desc" }, { version: "desc" }], select: { id: true, textHash: true, version: true } });
}

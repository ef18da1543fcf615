import type { DbOrTx } from "@/lib/database/client";
import type { RevisionKind } from "@/lib/generated/prisma/enums";
import { readSnapshot, textHash } from "./snapshot";

/** Keeps the article's current text as a revision; returns it with its hash. */
export async function recordRevision(db: DbOrTx, input: { articleId: string; version: number; kind: RevisionKind; authorId: string }) {
  const snapshot = await readSnapshot(db, input.articleId);
  const hash = textHash(snapshot);
  const revision = await db.articleRevision.create({
    data: { ...input, snapshot: JSON.parse(JSON.stringify(snapshot)), textHash: hash },
    select: { id: true, textHash: true, version: true },
  });
  return revision;
}

export async function latestRevision(db: DbOrTx, articleId: string) {
  return db.articleRevision.findFirst({ where: { articleId }, orderBy: [{ createdAt: "desc" }, { version: "desc" }], select: { id: true, textHash: true, version: true } });
}

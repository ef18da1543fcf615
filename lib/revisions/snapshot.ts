// What a revision keeps: the article's text fields and byline, as saved.
import { createHash } from "node:crypto";
import type { DbOrTx } from "@/lib/database/client";

export interface RevisionSnapshot {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  dateline: string;
  summary: string | null;
  body: string;
  /** The rich text as edited; null for plain-text articles. */
  bodyJson: unknown;
  contributors: { name: string; role: string; credit: string | null }[];
}

export async function readSnapshot(db: DbOrTx, articleId: string): Promise<RevisionSnapshot> {
  const a = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      kicker: true,
      headline: true,
      subheadline: true,
      dateline: true,
      summary: true,
      body: true,
      bodyJson: true,
      contributors: { orderBy: { position: "asc" }, select: { name: true, role: true, credit: true } },
    },
  });
  return a;
}

/** A sign-off approves exactly this: the same text always hashes the same. */
export function textHash(snapshot: RevisionSnapshot): string {
  const canonical = JSON.stringify([
    snapshot.kicker ?? "",
    snapshot.headline,
    snapshot.subheadline ?? "",
    snapshot.dateline,
    snapshot.summary ?? "",
    snapshot.body,
    // Formatting is part of the text a reviewer approved.
    snapshot.bodyJson ?? null,
    snapshot.contributors.map((c) => [c.name, c.role, c.credit ?? ""]),
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** A stored snapshot (JSON) back as a snapshot; a field missing from an older row reads as empty. */
export function parseSnapshot(json: unknown): RevisionSnapshot {
  const s = (json ?? {}) as Partial<RevisionSnapshot>;
  return {
    kicker: s.kicker ?? null,
    headline: s.headline ?? "",
    subheadline: s.subheadline ?? null,
    dateline: s.dateline ?? "",
    summary: s.summary ?? null,
    body: s.body ?? "",
    bodyJson: s.bodyJson ?? null,
    contributors: Array.isArray(s.contributors) ? s.contributors : [],
  };
}

// Findings an article keeps on purpose ("Ignore", with a reason), remembered
// for the article: whoever may change the text may decide a finding stays
// (policy "proofread:ignore"), and may take that back.
import type { DbOrTx } from "@/lib/database/client";
import { lockArticle } from "@/lib/articles/lock";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import type { IgnoreInput } from "@/lib/validation/proofread";
import type { FieldIgnore, ProofField } from "./check";
import type { RuleId } from "../rules";

export interface StoredIgnore extends FieldIgnore {
  id: string;
  reason: string;
  createdAt: Date;
  createdBy: { name: string };
}

const columns = { id: true, field: true, rule: true, match: true, before: true, after: true, reason: true, createdAt: true, createdBy: { select: { name: true } } } as const;

/** What the checker needs of a stored row: absent context is "every occurrence". */
function asIgnore(row: { id: string; field: string; rule: string; match: string; before: string | null; after: string | null; reason: string; createdAt: Date; createdBy: { name: string } }): StoredIgnore {
  return {
    id: row.id,
    field: row.field as ProofField,
    rule: row.rule as RuleId,
    match: row.match,
    ...(row.before !== null || row.after !== null ? { before: row.before ?? "", after: row.after ?? "" } : {}),
    reason: row.reason,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}

/** An article's ignores, for the checker; reading them needs no more than reading the article, which callers checked. */
export async function articleIgnores(db: DbOrTx, articleId: string): Promise<StoredIgnore[]> {
  const rows = await db.proofIgnore.findMany({ where: { articleId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: columns });
  return rows.map(asIgnore);
}

export async function addIgnore(db: DbOrTx, actor: Actor | null, input: IgnoreInput): Promise<StoredIgnore> {
  return db.$transaction(async (tx) => {
    const article = await lockArticle(tx, input.articleId);
    authorize(actor, "article:read", article);
    authorize(actor, "proofread:ignore", article);
    const row = await tx.proofIgnore.create({
      data: {
        articleId: input.articleId,
        field: input.field,
        rule: input.rule,
        match: input.match,
        before: input.scope === "occurrence" ? input.before : null,
        after: input.scope === "occurrence" ? input.after : null,
        reason: input.reason,
        createdById: actor.id,
      },
      select: columns,
    });
    return asIgnore(row);
  });
}

export async function removeIgnore(db: DbOrTx, actor: Actor | null, input: { articleId: string; id: string }) {
  await db.$transaction(async (tx) => {
    const article = await lockArticle(tx, input.articleId);
    authorize(actor, "article:read", article);
    authorize(actor, "proofread:ignore", article);
    const { count } = await tx.proofIgnore.deleteMany({ where: { id: input.id, articleId: input.articleId } });
    if (count === 0) throw new AppError("not_found");
  });
}

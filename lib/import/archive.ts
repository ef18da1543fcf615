// Archive import, one page at a time: the page's articles and its record in
// ImportedPage are written in one transaction, keyed by the SHA-256 of the
// page's text. A page imported before creates nothing; a run cut short
// leaves every finished page recorded and nothing of the page it was on, so
// running it again resumes where it stopped.
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/database/client";
import { isUniqueViolation } from "@/lib/admin/refusal";
import type { ImportInput } from "@/lib/validation/import";
import { createFromImportIn, type CreatedArticle } from "./create";

/**
 * The page's identity: its text with line endings, trailing spaces and
 * surrounding blank lines made uniform, so a copy saved by another editor
 * is the same page.
 */
export function pageHash(text: string): string {
  const plain = text.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trimEnd()).join("\n").trim();
  return createHash("sha256").update(plain, "utf8").digest("hex");
}

export interface PreviousImport {
  editionDate: string | null;
  pageNumber: number | null;
  pageName: string | null;
  articles: number;
  createdAt: Date;
}

export type PageOutcome =
  | { status: "created"; articles: CreatedArticle[] }
  | { status: "skipped"; previous: PreviousImport };

export async function findImported(db: Db, hash: string): Promise<PreviousImport | null> {
  const row = await db.importedPage.findUnique({ where: { hash } });
  if (!row) return null;
  return {
    editionDate: row.editionDate?.toISOString().slice(0, 10) ?? null,
    pageNumber: row.pageNumber,
    pageName: row.pageName,
    articles: Array.isArray(row.articleIds) ? row.articleIds.length : 0,
    createdAt: row.createdAt,
  };
}

/** Imports one page unless its hash is recorded; all or nothing. */
export async function importArchivedPage(db: Db, actor: Actor, hash: string, input: ImportInput): Promise<PageOutcome> {
  const previous = await findImported(db, hash);
  if (previous) return { status: "skipped", previous };
  try {
    const articles = await db.$transaction(async (tx) => {
      const created = await createFromImportIn(tx, actor, input);
      await tx.importedPage.create({
        data: {
          hash,
          editionDate: input.edition ? new Date(`${input.edition.date}T00:00:00Z`) : null,
          pageNumber: input.edition ? Number(input.edition.pageNumber) : null,
          pageName: input.edition?.pageName ?? null,
          articleIds: created.map((a) => a.id),
        },
      });
      return created;
    }, { timeout: 60_000 });
    return { status: "created", articles };
  } catch (error) {
    // Another run imported the same page at the same moment: its
    // transaction won, this one created nothing.
    if (isUniqueViolation(error)) {
      const raced = await findImported(db, hash);
      if (raced) return { status: "skipped", previous: raced };
    }
    throw error;
  }
}

// Turns an imported page into articles, all or nothing: drafts for the desk,
// or (archive import) published straight into the edition the page ran in —
// created as drafts like any article, then moved by the state machine.
import type { Db, Tx } from "@/lib/database/client";
import type { ArticleType, Placement } from "@/lib/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { makeSlug } from "@/lib/articles/slug";
import { reindexArticles } from "@/lib/search/index-article";
import { recordCreation, systemMove } from "@/lib/workflow/move";
import {
  importInputSchema,
  type ImportEdition,
  type ImportedArticle,
  type ImportInput,
  type ParsedImport,
} from "@/lib/validation/import";

export interface CreatedArticle {
  id: string;
  slug: string;
  headline: string;
  type: ArticleType;
}

export async function createFromImport(db: Db, actor: Actor, raw: ImportInput, now = new Date()): Promise<CreatedArticle[]> {
  const input = authorizedInput(actor, raw);
  // A long page takes longer than Prisma's 5 s default transaction.
  return db.$transaction((tx) => createAll(tx, actor, input, now), { timeout: 60_000 });
}

/** The same, inside a transaction the caller already holds (the demo seed's). */
export async function createFromImportIn(tx: Tx, actor: Actor, raw: ImportInput, now = new Date()): Promise<CreatedArticle[]> {
  return createAll(tx, actor, authorizedInput(actor, raw), now);
}

function authorizedInput(actor: Actor, raw: ImportInput): ParsedImport {
  const parsed = importInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("invalid_input", `${issue?.path.join(".")}: ${issue?.message}`);
  }
  authorize(actor, parsed.data.mode === "publish" ? "article:import-publish" : "article:import");
  return parsed.data;
}

async function createAll(tx: Tx, actor: Actor, input: ParsedImport, now: Date): Promise<CreatedArticle[]> {
  if (input.sectionId) {
    const section = await tx.section.findUnique({ where: { id: input.sectionId }, select: { id: true } });
    if (!section) throw new AppError("invalid_input", "unknown section");
  }
  const staff = await staffByName(tx, input.articles);
  const created: CreatedArticle[] = [];
  for (const [offset, article] of input.articles.entries()) {
    const index = input.firstIndex + offset;
    const print = input.mode === "publish" ? printed(input.edition!, article, index) : null;
    // An archived article was written and published when the paper ran, so
    // its whole history is dated then; a draft is created now.
    const at = print?.publishedAt ?? now;
    const row = await tx.article.create({
      data: {
        slug: makeSlug(article.headline, at),
        kicker: article.kicker ?? null,
        headline: article.headline,
        subheadline: article.subheadline ?? null,
        dateline: article.dateline,
        body: article.paragraphs.join("\n\n"),
        type: article.type,
        column: article.column ?? null,
        sectionId: input.sectionId,
        createdById: actor.id,
        createdAt: at,
        ...print,
        contributors: {
          create: article.contributors.map((c, position) => ({
            position,
            name: c.name,
            role: c.role,
            credit: c.credit ?? null,
            userId: staff.get(c.name) ?? null,
          })),
        },
        // The page names its photos only by their captions; the slots wait
        // for the pictures.
        photos: { create: article.captions.map((caption, position) => ({ caption, position })) },
      },
      select: { id: true, slug: true, headline: true, type: true, status: true, version: true, createdById: true, reviewStage: true },
    });
    await recordCreation(tx, { articleId: row.id, actorId: actor.id, now: at, note: "imported" });
    if (print) await systemMove(tx, actor, row, "archiveImport", { now: at });
    created.push({ id: row.id, slug: row.slug, headline: row.headline, type: row.type });
  }
  await reindexArticles(tx, created.map((a) => a.id));
  return created;
}

/** Where and when an archived article ran: the page's order is its running order. */
function printed(edition: ImportEdition, article: ImportedArticle, index: number) {
  // The lead is published last, at 07:00 in Beijing, so it is the newest;
  // each later story a minute earlier.
  const publishedAt = new Date(Date.parse(`${edition.date}T07:00:00+08:00`) - index * 60_000);
  const placement: Placement = index === 0 ? "LEAD" : article.type === "BRIEF" ? "BRIEF" : "STANDARD";
  return {
    placement,
    publishedAt,
    editionDate: new Date(`${edition.date}T00:00:00Z`),
    pageNumber: edition.pageNumber,
    pageName: edition.pageName,
  };
}

/**
 * A byline name that is exactly one active staff member's links to them (so
 * their author page lists it). Two staff with one name link neither: a wrong
 * link would credit the wrong person.
 */
async function staffByName(tx: Tx, articles: ImportedArticle[]): Promise<Map<string, string>> {
  const names = [...new Set(articles.flatMap((a) => a.contributors.map((c) => c.name)))];
  const users = await tx.user.findMany({ where: { name: { in: names }, active: true }, select: { id: true, name: true } });
  const byName = new Map<string, string>();
  for (const name of names) {
    const matches = users.filter((u) => u.name === name);
    if (matches.length === 1) byName.set(name, matches[0]!.id);
  }
  return byName;
}

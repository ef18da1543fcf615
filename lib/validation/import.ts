// What an imported page becomes: shared by the import desk (checked before
// the first batch is sent, so bad input creates nothing), the server action,
// the CLI and createFromImport. Messages are catalog keys under `validation.*`.
import { z } from "zod";
import { contributorSchema } from "./article";

/** The desk sends a long page in batches of this many articles. */
export const IMPORT_BATCH_SIZE = 10;
const MAX_ARTICLES = 500;

const optionalLine = (max: number) =>
  z.string().trim().max(max, "too_long").transform((v) => v || null).nullable().optional();

// Blank entries are dropped rather than refused: they are what an extra
// empty line in a textarea leaves behind.
const textList = (maxItems: number, maxLength: number) =>
  z
    .array(z.string().trim().max(maxLength, "too_long"))
    .max(maxItems, "too_many")
    .transform((items) => items.filter(Boolean));

export const importedArticleSchema = z.object({
  kicker: optionalLine(200),
  headline: z.string().trim().min(1, "headline_required").max(200, "too_long"),
  subheadline: optionalLine(200),
  // Kept empty when empty: a commentary or an unsigned photo has no dateline
  // on the page, and "本报讯" would put words in the paper's mouth.
  dateline: z.string().trim().max(100, "too_long"),
  contributors: z.array(contributorSchema).max(20, "too_many"),
  type: z.enum(["NEWS", "COMMENTARY", "BRIEF", "PHOTO_STORY", "FEATURE"]),
  column: optionalLine(50),
  paragraphs: textList(1000, 20_000).refine((ps) => ps.join("\n\n").length <= 200_000, "too_long"),
  captions: textList(50, 1000),
});

// "YYYY-MM-DD" and a real day: 2021-02-30 does not survive the round trip.
export const isoDate = z.string().refine((v) => {
  const day = new Date(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(v);
}, "date_invalid");

export const editionSchema = z.object({
  date: isoDate,
  pageNumber: z.coerce.number("page_number_invalid").int("page_number_invalid").min(1, "page_number_invalid").max(999, "page_number_invalid"),
  pageName: z.string().trim().min(1, "page_name_required").max(50, "too_long"),
});

const importSchema = (maxArticles: number) =>
  z
    .object({
      articles: z.array(importedArticleSchema).min(1, "import_no_articles").max(maxArticles, "too_many"),
      sectionId: z.string().min(1).max(40).nullable(),
      mode: z.enum(["drafts", "publish"]),
      edition: editionSchema.optional(),
      // Where the first of these articles stands on the page when a long page
      // arrives in batches: the running order decides lead and publish time.
      firstIndex: z.number().int().min(0).max(MAX_ARTICLES).default(0),
    })
    .refine((input) => input.mode !== "publish" || input.edition, { path: ["edition"], message: "edition_required" });

export const importInputSchema = importSchema(MAX_ARTICLES);
/** What one call of the desk's server action may carry. */
export const importBatchSchema = importSchema(IMPORT_BATCH_SIZE);

export type ImportedArticleInput = z.input<typeof importedArticleSchema>;
export type ImportedArticle = z.output<typeof importedArticleSchema>;
export type ImportInput = z.input<typeof importInputSchema>;
export type ParsedImport = z.output<typeof importInputSchema>;
export type ImportEdition = z.output<typeof editionSchema>;

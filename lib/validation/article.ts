// Shared by the article form (zodResolver) and the server actions (safeParse).
// Messages are catalog keys under `validation.*`, translated where shown.
import { z } from "zod";

const optionalLine = (max: number) =>
  z.string().trim().max(max, "too_long").transform((v) => v || null).nullable().optional();

export const contributorSchema = z.object({
  name: z.string().trim().min(1, "contributor_name_required").max(50, "too_long"),
  role: z.enum(["REPORTER", "CORRESPONDENT", "PHOTOGRAPHER"]),
  credit: z.enum(["TEXT", "PHOTO", "TEXT_AND_PHOTO"]).nullable().optional(),
});

export const articleFieldsSchema = z.object({
  kicker: optionalLine(200),
  headline: z.string().trim().min(1, "headline_required").max(200, "too_long"),
  subheadline: optionalLine(200),
  dateline: z.string().trim().max(100, "too_long").transform((v) => v || "本报讯"),
  summary: optionalLine(1000),
  body: z.string().max(200_000, "too_long"),
  contributors: z.array(contributorSchema).min(1, "contributors_required").max(20, "too_many"),
});

export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;
export type ArticleFields = z.output<typeof articleFieldsSchema>;

export const saveArticleSchema = articleFieldsSchema.extend({
  id: z.string().min(1).max(40).optional(),
  version: z.number().int().min(1).optional(),
});

const idAndVersion = {
  id: z.string().min(1).max(40),
  version: z.coerce.number().int().min(1),
};

export const submitSchema = z.object(idAndVersion);

export const returnSchema = z.object({
  ...idAndVersion,
  note: z.string().trim().min(1, "note_required").max(2000, "too_long"),
});

export const publishSchema = z.object({
  ...idAndVersion,
  sectionId: z.string().min(1, "section_required").max(40),
  placement: z.enum(["LEAD", "TOP", "STANDARD", "BRIEF"]),
});

export const retractSchema = returnSchema;

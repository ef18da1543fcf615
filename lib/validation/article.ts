// Shared by the article form (zodResolver) and the server actions (safeParse).
// Messages are catalog keys under `validation.*`, translated where shown.
import { z } from "zod";
import { richDocSchema } from "@/lib/rich-text/schema";

const optionalLine = (max: number) =>
  z.string().trim().max(max, "too_long").transform((v) => v || null).nullable().optional();

export const contributorSchema = z.object({
  name: z.string().trim().min(1, "contributor_name_required").max(50, "too_long"),
  role: z.enum(["REPORTER", "CORRESPONDENT", "PHOTOGRAPHER"]),
  credit: z.enum(["TEXT", "PHOTO", "TEXT_AND_PHOTO"]).nullable().optional(),
  // The staff account the byline links to (their author page); checked to exist when saved.
  userId: z.string().max(40).transform((v) => v || null).nullable().optional(),
});

export const articleFieldsSchema = z.object({
  kicker: optionalLine(200),
  headline: z.string().trim().min(1, "headline_required").max(200, "too_long"),
  subheadline: optionalLine(200),
  dateline: z.string().trim().max(100, "too_long").transform((v) => v || "本报讯"),
  summary: optionalLine(1000),
  body: z.string().max(200_000, "too_long"),
  // The rich body (lib/rich-text). When present the server derives `body` from it.
  bodyJson: richDocSchema.nullable().optional(),
  contributors: z.array(contributorSchema).min(1, "contributors_required").max(20, "too_many"),
});

export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;
export type ArticleFields = z.output<typeof articleFieldsSchema>;

export const saveArticleSchema = articleFieldsSchema.extend({
  id: z.string().min(1).max(40).optional(),
  version: z.number().int().min(1).optional(),
});

/** An autosave (app/api/articles/[id]/autosave): the fields over the version they were typed on. */
export const autosaveSchema = articleFieldsSchema.extend({ version: z.number().int().min(1) });

/** The byline preview takes the byline as it is being typed: empty names are skipped, not refused. */
export const bylinePreviewSchema = z.object({
  dateline: z.string().max(100),
  contributors: z.array(contributorSchema.extend({ name: z.string().trim().max(50) })).max(20),
});

const idAndVersion = {
  id: z.string().min(1).max(40),
  version: z.coerce.number().int().min(1),
};

export const submitSchema = z.object(idAndVersion);

export const articleIdSchema = z.object({ id: idAndVersion.id });

export const returnSchema = z.object({
  ...idAndVersion,
  note: z.string().trim().min(1, "note_required").max(2000, "too_long"),
});

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** Where and how it runs: section, placement, type, edition date and page (第NN版 + name). */
const layoutFields = {
  sectionId: z.string().min(1, "section_required").max(40),
  placement: z.enum(["LEAD", "TOP", "STANDARD", "BRIEF"]),
  type: z.preprocess(blankToUndefined, z.enum(["NEWS", "COMMENTARY", "BRIEF", "PHOTO_STORY", "FEATURE"]).optional()),
  editionDate: z.preprocess(blankToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "invalid").optional()),
  pageNumber: z.preprocess(blankToUndefined, z.coerce.number().int("invalid").min(1, "invalid").max(99, "invalid").optional()),
  pageName: z.preprocess(blankToUndefined, z.string().trim().max(20, "too_long").optional()),
};

export const publishSchema = z.object({
  ...idAndVersion,
  ...layoutFields,
  note: z.string().trim().max(2000, "too_long").optional(),
  // A chief editor's reason for publishing before proofreading is complete (三校).
  proofOverride: z.string().trim().max(500, "too_long").optional(),
});

export const scheduleSchema = publishSchema.extend({
  publishAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "publish_at_required"),
});

/** A reviewer's sign-off: the opinion (审稿意见) is checked by the workflow, which knows the stage count. */
export const approveSchema = z.object({ ...idAndVersion, note: z.string().trim().max(2000, "too_long").optional() });

/** 撤回: the reporter's own submitted article, back to the drafts. */
export const recallSchema = submitSchema;

/** 调整版位: a published article's new section, placement, type, edition and page. */
export const replaceSchema = z.object({ ...idAndVersion, ...layoutFields });

export const retractSchema = returnSchema;
export const spikeSchema = returnSchema;

export const correctSchema = articleFieldsSchema.extend({
  id: z.string().min(1).max(40),
  version: z.number().int().min(1),
  correctionNote: z.string().trim().min(1, "correction_note_required").max(2000, "too_long"),
});

export const changeSlugSchema = z.object({
  ...idAndVersion,
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug_format").max(100, "too_long"),
});

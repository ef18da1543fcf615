import { z } from "zod";
import { DEFAULT_ICP_URL } from "@/lib/settings";
import { stagesSchema } from "@/lib/workflow/stages";

const count = z.coerce.number().int("invalid").min(0, "invalid").max(50, "invalid");

export const settingsSchema = z.object({
  paperNameZh: z.string().trim().min(1, "paper_name_required").max(60, "too_long"),
  paperNameEn: z.string().trim().min(1, "paper_name_required").max(60, "too_long"),
  stages: stagesSchema,
  perSection: count,
  topStories: count,
  briefs: count,
});

const line = (max: number) => z.string().trim().max(max, "too_long");

/** The footer form: every line may be empty (then it is not shown); the ICP link must be a web address. */
export const footerSettingsSchema = z.object({
  copyrightZh: line(200),
  copyrightEn: line(200),
  icpNumber: line(60),
  icpUrl: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? DEFAULT_ICP_URL : v),
    z.string().trim().max(300, "too_long").regex(/^https?:\/\/\S+$/i, "url_invalid"),
  ),
  contact: line(200),
  reportContact: line(200),
});

import { z } from "zod";
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

// What the proofreading panel and the rounds send to the server.
import { z } from "zod";
import { PROOF_FIELDS } from "@/lib/proofread/article/check";
import { RULE_IDS } from "@/lib/proofread/rules";
import { MAX_ROUNDS, proofSettingSchema } from "@/lib/workflow/proof-rounds";

const id = z.string().min(1).max(40);
// The characters a finding covers, and up to eight either side (lib/proofread/ignore.ts).
const context = z.string().max(40, "too_long");

export const ignoreSchema = z.object({
  articleId: id,
  field: z.enum(PROOF_FIELDS),
  rule: z.enum(RULE_IDS as [string, ...string[]]),
  match: z.string().min(1).max(200, "too_long"),
  scope: z.enum(["occurrence", "everywhere"]),
  before: context.default(""),
  after: context.default(""),
  reason: z.string().trim().min(1, "ignore_reason_required").max(500, "too_long"),
});
export type IgnoreInput = z.output<typeof ignoreSchema>;

export const removeIgnoreSchema = z.object({ articleId: id, id });

export const signRoundSchema = z.object({
  id,
  version: z.coerce.number().int().min(1),
  round: z.coerce.number().int().min(1).max(MAX_ROUNDS),
  note: z.string().trim().max(2000, "too_long").optional(),
});

export { proofSettingSchema };

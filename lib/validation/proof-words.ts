// One entry of the proofreading word lists: shared by the desk's forms (to
// come), the actions and the CSV import. Messages are catalog keys, looked
// up under `proofread.words.*` first, then `validation.*`.
import { z } from "zod";
import { WORD_CATEGORIES } from "@/lib/proofread/words/matcher";

export const PROOF_WORD_LIMITS = { term: 50, replacement: 100, note: 500, rows: 50_000 } as const;

const optionalText = (max: number) =>
  z.string().trim().max(max, "too_long").transform((v) => v || null).nullable().optional().transform((v) => v ?? null);

export const proofWordSchema = z.object({
  term: z
    .string()
    .trim()
    .min(1, "term_required")
    .max(PROOF_WORD_LIMITS.term, "too_long")
    .refine((v) => !/[\r\n]/.test(v), "term_multiline"),
  category: z.enum(WORD_CATEGORIES, "category_invalid"),
  replacement: optionalText(PROOF_WORD_LIMITS.replacement),
  note: optionalText(PROOF_WORD_LIMITS.note),
});

const id = z.string().min(1).max(40);

export const updateProofWordSchema = proofWordSchema.extend({ id });
export const deleteProofWordSchema = z.object({ id });
export const importProofWordsSchema = z.object({
  // About 100 bytes a row at the row limit.
  csv: z.string().max(5_000_000, "too_long"),
  mode: z.enum(["merge", "replace"]).default("merge"),
});

export type ProofWordInput = z.input<typeof proofWordSchema>;
export type ProofWordFields = z.output<typeof proofWordSchema>;

// Review stages are a setting: one by default (an editor approves), up to
// three for 三审 (初审 → 复审 → 终审), each naming the role that may pass it
// and named in each language of the desk (`name` in Chinese, `nameEn`).
import { z } from "zod";
import type { DbOrTx } from "@/lib/database/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { writeSetting } from "@/lib/settings";

export const STAGES_KEY = "workflow.stages";

export const stageSchema = z.object({
  name: z.string().trim().min(1, "stage_name_required").max(20, "too_long"),
  // Migration 20261205070000 gave every stored stage its English name.
  nameEn: z.string().trim().min(1, "stage_name_required").max(40, "too_long"),
  role: z.enum(["EDITOR", "CHIEF_EDITOR", "ADMIN"]),
});
export const stagesSchema = z.array(stageSchema).min(1, "stages_count").max(3, "stages_count");

export type Stage = z.infer<typeof stageSchema>;

export const THREE_LEVEL_REVIEW: Stage[] = [
  { name: "初审", nameEn: "First review", role: "EDITOR" },
  { name: "复审", nameEn: "Second review", role: "EDITOR" },
  { name: "终审", nameEn: "Final review", role: "CHIEF_EDITOR" },
];
export const DEFAULT_STAGES: Stage[] = [THREE_LEVEL_REVIEW[0]!];

export async function readStages(db: DbOrTx): Promise<Stage[]> {
  const row = await db.setting.findUnique({ where: { key: STAGES_KEY } });
  const parsed = stagesSchema.safeParse((row?.value as { stages?: unknown } | undefined)?.stages);
  return parsed.success ? parsed.data : DEFAULT_STAGES;
}

export async function writeStages(db: DbOrTx, stages: Stage[]) {
  await writeSetting(db, STAGES_KEY, { stages: stagesSchema.parse(stages) });
}

export const stageRoles = (stages: Stage[]): Role[] => stages.map((s) => s.role);

/** The stage's name in the desk's language. */
export const stageName = (stage: Stage, locale: Locale) => (locale === "en" ? stage.nameEn : stage.name);

/** The name of stage `n` (1..N) in the desk's language, or null past the last. */
export const nameOfStage = (stages: Stage[], n: number, locale: Locale) => {
  const stage = stages[n - 1];
  return stage ? stageName(stage, locale) : null;
};

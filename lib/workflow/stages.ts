// Review stages are a setting: one by default (an editor approves), up to
// three for 三审 (初审 → 复审 → 终审), each naming the role that may pass it.
import { z } from "zod";
import type { DbOrTx } from "@/lib/database/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { writeSetting } from "@/lib/settings";

export const STAGES_KEY = "workflow.stages";

export const stageSchema = z.object({
  name: z.string().trim().min(1, "stage_name_required").max(20, "too_long"),
  role: z.enum(["EDITOR", "CHIEF_EDITOR", "ADMIN"]),
});
export const stagesSchema = z.array(stageSchema).min(1, "stages_count").max(3, "stages_count");

export type Stage = z.infer<typeof stageSchema>;

export const DEFAULT_STAGES: Stage[] = [{ name: "初审", role: "EDITOR" }];
export const THREE_LEVEL_REVIEW: Stage[] = [
  { name: "初审", role: "EDITOR" },
  { name: "复审", role: "EDITOR" },
  { name: "终审", role: "CHIEF_EDITOR" },
];

export async function readStages(db: DbOrTx): Promise<Stage[]> {
  const row = await db.setting.findUnique({ where: { key: STAGES_KEY } });
  const parsed = stagesSchema.safeParse((row?.value as { stages?: unknown } | undefined)?.stages);
  return parsed.success ? parsed.data : DEFAULT_STAGES;
}

export async function writeStages(db: DbOrTx, stages: Stage[]) {
  await writeSetting(db, STAGES_KEY, { stages: stagesSchema.parse(stages) });
}

export const stageRoles = (stages: Stage[]): Role[] => stages.map((s) => s.role);

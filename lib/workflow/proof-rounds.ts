// The proofreading rounds (三校) as a setting: how many the paper requires
// (0 to 3: 一校, 二校, 三校) and the least role that may sign one. With 0,
// proofreading is advice in the editor and publishing waits for nothing
// (docs/decisions/0025-proofreading.md).
import { z } from "zod";
import type { Db, DbOrTx } from "@/lib/database/client";
import { recordAudit, type RequestOrigin } from "@/lib/audit/record";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/auth/policy";
import { writeSetting } from "@/lib/settings";

export const PROOF_KEY = "workflow.proofreading";
export const MAX_ROUNDS = 3;

export const proofSettingSchema = z.object({
  rounds: z.coerce.number().int("invalid").min(0, "rounds_count").max(MAX_ROUNDS, "rounds_count"),
  role: z.enum(["EDITOR", "CHIEF_EDITOR", "ADMIN"]),
});

export type ProofSetting = z.infer<typeof proofSettingSchema>;

export const DEFAULT_PROOF_SETTING: ProofSetting = { rounds: 0, role: "EDITOR" };

/**
 * Proofreading reads the copy the reporter filed, while it is in review:
 * rounds are signed from submission until publication is decided. The one
 * list of these states; the policy says only who may sign.
 */
export const PROOF_STATES: readonly ArticleStatus[] = ["SUBMITTED", "IN_REVIEW", "APPROVED"];

export async function readProofSetting(db: DbOrTx): Promise<ProofSetting> {
  const row = await db.setting.findUnique({ where: { key: PROOF_KEY } });
  const parsed = proofSettingSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_PROOF_SETTING;
}

/** Saves the setting, with an entry in the audit log of what changed (as every settings save has). */
export async function writeProofSetting(db: Db, actor: Actor | null, setting: ProofSetting, origin: RequestOrigin = {}) {
  authorize(actor, "proofread:settings");
  const next = proofSettingSchema.parse(setting);
  const current = await readProofSetting(db);
  const changed = (["rounds", "role"] as const).filter((key) => current[key] !== next[key]);
  await db.$transaction(async (tx) => {
    await writeSetting(tx, PROOF_KEY, next);
    await recordAudit(tx, { action: "SETTINGS_UPDATE", actorId: actor.id, address: origin.address, detail: { part: "proofreading", changed } });
  });
}


export interface RoundSignOff {
  id: string;
  round: number;
  signerId: string;
}

export const validProofSignOffs = (db: DbOrTx, articleId: string): Promise<RoundSignOff[]> =>
  db.proofSignOff.findMany({ where: { articleId, voidedAt: null }, orderBy: { round: "asc" }, select: { id: true, round: true, signerId: true } });

/** The round to sign next (1-based), or null when every required round is signed. Rounds go in order. */
export function nextRound(signed: readonly { round: number }[], rounds: number): number | null {
  for (let round = 1; round <= rounds; round++) if (!signed.some((s) => s.round === round)) return round;
  return null;
}

/** The required rounds not (or no longer) signed. */
export const missingRounds = (signed: readonly { round: number }[], rounds: number): number[] =>
  Array.from({ length: rounds }, (_, i) => i + 1).filter((round) => !signed.some((s) => s.round === round));

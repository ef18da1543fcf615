// The 三审 rule 4 as a move (docs/decisions/0010): when the text changes
// under sign-offs, those from the changer's stage up are voided and the
// article waits again at that stage; the proofreading rounds follow the
// same rule (proof-sign.ts). Called by every edit, inside its transaction,
// after the new text is written.
import type { Tx } from "@/lib/database/client";
import type { LockedArticle } from "@/lib/articles/lock";
import type { Actor } from "@/lib/auth/policy";
import { systemMove } from "./move";
import { voidProofAfterTextChange } from "./proof-sign";
import { voidAfterTextChange } from "./review";
import { fromStates } from "./transitions";

export async function afterTextChange(tx: Tx, actor: Actor, article: LockedArticle, now: Date) {
  // Proofreading rounds read the copy in whatever state they were signed: no status moves with them.
  await voidProofAfterTextChange(tx, article, actor.id, now);
  // Not under review (a draft, a returned article): nothing was signed that the text could void.
  if (!fromStates("voidSignOffs").includes(article.status)) return;
  const stage = await voidAfterTextChange(tx, article, actor.id, now);
  if (stage === null) return;
  await systemMove(tx, actor, article, "voidSignOffs", { now, stage, data: { reviewStage: stage, publishedAt: null } });
}

// Pinning the lead: a chief editor's override of the assembler's choice.
import type { Db } from "@/lib/database/client";
import { liveWhere } from "@/lib/articles/public";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { deleteSetting, SETTING_KEYS, writeSetting } from "@/lib/settings";

export async function pinLead(db: Db, actor: Actor, articleId: string, now = new Date()) {
  authorize(actor, "front-page:pin");
  const article = await db.article.findFirst({ where: { id: articleId, ...liveWhere(now) }, select: { id: true, slug: true, type: true, placement: true } });
  if (!article) throw new AppError("not_found");
  // The assembler never leads with a brief or a commentary; pinning one would
  // look like the pin was ignored, so it is refused here with a reason.
  if (article.type === "BRIEF" || article.type === "COMMENTARY" || article.placement === "BRIEF") {
    throw new AppError("invalid_input", "briefs and commentary cannot lead");
  }
  await writeSetting(db, SETTING_KEYS.pin, { articleId, pinnedBy: actor.id, pinnedAt: now.toISOString() });
  return article;
}

export async function unpinLead(db: Db, actor: Actor) {
  authorize(actor, "front-page:pin");
  await deleteSetting(db, SETTING_KEYS.pin);
}

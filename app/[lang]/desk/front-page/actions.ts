"use server";

import { z } from "zod";
import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { pinLead, unpinLead } from "@/lib/front-page/pin";
import { publishChange } from "@/lib/publication";

export const pinAction = staffAction(z.object({ articleId: z.string().min(1).max(40) }), async ({ actor, input, messages }) => {
  const article = await pinLead(getDb(), actor, input.articleId);
  await publishChange(getDb(), { slugs: [article.slug] });
  return { data: null, message: messages.frontDesk.pinnedDone };
});

export const unpinAction = staffAction(z.object({}), async ({ actor, messages }) => {
  await unpinLead(getDb(), actor);
  await publishChange(getDb());
  return { data: null, message: messages.frontDesk.unpinnedDone };
});

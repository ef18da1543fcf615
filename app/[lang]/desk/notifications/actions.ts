"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { markAllRead, markRead } from "@/lib/notifications";
import { markAllReadSchema, markReadSchema } from "@/lib/validation/notifications";

// Notices are one's own: the domain scopes every query to the actor, so there
// is no policy action to check beyond being signed in.
export const markReadAction = staffAction(markReadSchema, async ({ actor, input }) => {
  await markRead(getDb(), actor, input.id);
  return { data: null };
});

export const markAllReadAction = staffAction(markAllReadSchema, async ({ actor, messages }) => {
  const count = await markAllRead(getDb(), actor);
  return { data: { count }, message: messages.notifications.markedAll };
});

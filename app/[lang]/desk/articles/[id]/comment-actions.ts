"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { addComment, resolveComment } from "@/lib/comments";
import { getDb } from "@/lib/db";
import { addCommentSchema, resolveCommentSchema } from "@/lib/validation/comments";

// Comments are desk-only: nothing public to revalidate; the panel refreshes the page.
export const addCommentAction = staffAction(addCommentSchema, async ({ actor, input, messages }) => {
  await addComment(getDb(), actor, input.articleId, input.body);
  return { data: null, message: messages.comments.added };
});

export const resolveCommentAction = staffAction(resolveCommentSchema, async ({ actor, input, messages }) => {
  await resolveComment(getDb(), actor, input.commentId);
  return { data: null, message: messages.comments.resolvedDone };
});

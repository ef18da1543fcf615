"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { createAssignment, startArticle } from "@/lib/assignments";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { zonedTimeToInstant } from "@/lib/front-page/zoned-time";
import { readPublicSettings } from "@/lib/settings";
import { createAssignmentSchema, startAssignmentSchema } from "@/lib/validation/assignments";

// The desk is rendered per request; the clients refresh it, so nothing here
// revalidates. No public page shows assignments.
export const createAssignmentAction = staffAction(createAssignmentSchema, async ({ actor, input, messages }) => {
  const db = getDb();
  // The form speaks the newsroom's wall-clock time, whatever the browser's zone.
  const { newsroom } = await readPublicSettings(db);
  const deadline = zonedTimeToInstant(input.deadline, newsroom.timeZone);
  if (!deadline) throw new AppError("invalid_input", "deadline");
  const created = await createAssignment(db, actor, {
    title: input.title,
    brief: input.brief,
    sectionId: input.sectionId ?? null,
    reporterId: input.reporterId,
    deadline,
    editionDate: input.editionDate ? new Date(`${input.editionDate}T00:00:00Z`) : null,
  });
  return { data: { id: created.id }, message: messages.assignments.created };
});

export const startArticleAction = staffAction(startAssignmentSchema, async ({ actor, input }) => {
  const { articleId } = await startArticle(getDb(), actor, input.assignmentId);
  return { data: { articleId } };
});

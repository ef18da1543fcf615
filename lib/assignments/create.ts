// Creating assignments (选题/派稿): an editor gives a story to a reporter.
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";

export interface NewAssignment {
  title: string;
  brief?: string;
  sectionId?: string | null;
  reporterId: string;
  deadline: Date;
  /** The edition the story is meant for, as a date (midnight UTC, like Article.editionDate). */
  editionDate?: Date | null;
}

export async function createAssignment(db: Db, actor: Actor, input: NewAssignment) {
  authorize(actor, "assignment:create");
  const title = input.title.trim();
  if (!title || title.length > 200 || Number.isNaN(input.deadline.getTime())) throw new AppError("invalid_input");

  return db.$transaction(async (tx) => {
    const reporter = await tx.user.findUnique({ where: { id: input.reporterId }, select: { id: true, active: true } });
    if (!reporter?.active) throw new AppError("invalid_input", "the reporter must be an active user");
    if (input.sectionId && !(await tx.section.findUnique({ where: { id: input.sectionId }, select: { id: true } }))) {
      throw new AppError("invalid_input", "unknown section");
    }
    const assignment = await tx.assignment.create({
      data: {
        title,
        brief: input.brief?.trim() ?? "",
        sectionId: input.sectionId || null,
        reporterId: reporter.id,
        editorId: actor.id,
        deadline: input.deadline,
        editionDate: input.editionDate ?? null,
      },
      select: { id: true, title: true },
    });
    if (reporter.id !== actor.id) {
      const editor = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
      await notify(tx, { userId: reporter.id, kind: "assigned", assignmentId: assignment.id, actorName: editor?.name, detail: title });
    }
    return assignment;
  });
}

/** Who can be given an assignment: active staff, reporters first. */
export async function listAssignableStaff(db: Db, actor: Actor) {
  authorize(actor, "assignment:create");
  return db.user.findMany({
    where: { active: true },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, role: true },
  });
}

// Starting the article of an assignment: the reporter's draft, linked back.
import type { Db } from "@/lib/database/client";
import { createArticle } from "@/lib/articles/save";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

export async function startArticle(db: Db, actor: Actor, assignmentId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    // The row lock turns a double click into one draft, not two.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Assignment" WHERE id = ${assignmentId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("not_found");
    const assignment = await tx.assignment.findUniqueOrThrow({
      where: { id: assignmentId },
      select: { title: true, sectionId: true, reporterId: true, articleId: true, cancelledAt: true, reporter: { select: { name: true } } },
    });
    if (assignment.cancelledAt) throw new AppError("not_found");
    authorize(actor, "assignment:start", { createdById: assignment.reporterId, status: "DRAFT" });
    if (assignment.articleId) return { articleId: assignment.articleId, created: false };

    const article = await createArticle(
      tx,
      actor,
      {
        kicker: null,
        headline: assignment.title,
        subheadline: null,
        dateline: "本报讯",
        summary: null,
        body: "",
        contributors: [{ name: assignment.reporter.name, role: "REPORTER", credit: "TEXT" }],
      },
      now,
    );
    // The draft is the reporter's even when an editor starts it for them, so
    // it is on their desk and theirs to edit; the audit event keeps who started it.
    await tx.article.update({ where: { id: article.id }, data: { sectionId: assignment.sectionId, createdById: assignment.reporterId } });
    await tx.assignment.update({ where: { id: assignmentId }, data: { articleId: article.id } });
    return { articleId: article.id, created: true };
  });
}

// Where an assignment stands, from its article's status. Pure, so the board's
// rules are tested without a database.
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export type AssignmentState = "open" | "in_progress" | "filed";

// The reporter is still writing; anything after submission counts as filed,
// including a spiked or retracted story: it was delivered, the desk decided.
export const IN_PROGRESS_STATUSES: ArticleStatus[] = ["DRAFT", "RETURNED"];

export function assignmentState(article: { status: ArticleStatus } | null, deadline: Date, now: Date) {
  const state: AssignmentState = !article ? "open" : IN_PROGRESS_STATUSES.includes(article.status) ? "in_progress" : "filed";
  // Late is a flag on unfinished work, not a state of its own.
  return { state, late: state !== "filed" && deadline.getTime() < now.getTime() };
}

import type { ArticleStatus } from "@/lib/generated/prisma/enums";

// Autosave writes only while the text is work in progress. Approved and
// scheduled articles, and corrections of published ones, change only when
// someone presses Save: an edit there has consequences (voided sign-offs, a
// public correction) that should never happen by itself.
export const AUTOSAVE_STATUSES: ArticleStatus[] = ["DRAFT", "RETURNED", "SUBMITTED", "IN_REVIEW"];

export const autosaves = (status: ArticleStatus) => AUTOSAVE_STATUSES.includes(status);

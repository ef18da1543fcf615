import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";

// Quiet colours; red only for what needs the reporter's attention.
const TONE: Record<ArticleStatus, string> = {
  DRAFT: "bg-neutral-100 text-neutral-700",
  SUBMITTED: "bg-amber-100 text-amber-900",
  IN_REVIEW: "bg-amber-100 text-amber-900",
  APPROVED: "bg-sky-100 text-sky-900",
  SCHEDULED: "bg-sky-100 text-sky-900",
  PUBLISHED: "bg-emerald-100 text-emerald-900",
  RETURNED: "bg-red-100 text-red-800",
  SPIKED: "bg-neutral-200 text-neutral-600",
  RETRACTED: "bg-neutral-200 text-neutral-600",
};

export function StatusBadge({ status, messages }: { status: ArticleStatus; messages: Messages }) {
  return (
    <span data-testid="status" className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONE[status]}`}>
      {messages.status[status]}
    </span>
  );
}

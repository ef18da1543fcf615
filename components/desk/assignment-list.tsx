import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { BoardItem } from "@/lib/assignments";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import { StartArticleButton } from "./start-article-button";

interface Props {
  items: BoardItem[];
  locale: Locale;
  messages: Messages;
  timeZone: string;
  empty: string;
  /** The board names the reporter; a reporter's own list does not need to. */
  showReporter?: boolean;
  showState?: boolean;
  /** Offer "Start article" where there is no article yet. */
  startable?: boolean;
}

export function AssignmentList({ items, locale, messages: m, timeZone, empty, showReporter, showState, startable }: Props) {
  if (items.length === 0) return <p className="text-sm text-neutral-600">{empty}</p>;
  const a = m.assignments;
  return (
    <ul className="divide-y divide-neutral-200 rounded border border-neutral-300 bg-white">
      {items.map((item) => {
        const facts = [
          fill(a.due, { time: formatDateTime(item.deadline, locale, timeZone) }),
          showReporter && item.reporter.name,
          item.section && (locale === "en" ? item.section.nameEn : item.section.nameZh),
          // A date-only column: read it in UTC so no time zone moves the day.
          item.editionDate && fill(a.forEdition, { date: item.editionDate.toISOString().slice(0, 10) }),
        ].filter(Boolean);
        return (
          <li key={item.id} id={`assignment-${item.id}`} data-testid="assignment" className={`flex flex-wrap items-start justify-between gap-3 p-3 ${item.late ? "border-l-4 border-l-red-700" : ""}`}>
            <div className="min-w-0 space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{item.title}</span>
                {showState && <span className="rounded bg-neutral-100 px-2 py-0.5 text-xs text-neutral-700">{a.states[item.state]}</span>}
                {item.late && <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800">{a.late}</span>}
              </p>
              <p className={`text-xs ${item.late ? "text-red-800" : "text-neutral-600"}`}>{facts.join(" · ")}</p>
              {item.brief && <p className="whitespace-pre-wrap text-sm text-neutral-800">{item.brief}</p>}
            </div>
            {item.article ? (
              <Link href={`/desk/articles/${item.article.id}`} className={buttonClass({ variant: "secondary", size: "xs" })}>
                {a.openArticle}
              </Link>
            ) : (
              startable && <StartArticleButton assignmentId={item.id} label={a.start} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

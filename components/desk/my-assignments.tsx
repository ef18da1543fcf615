import type { BoardItem } from "@/lib/assignments";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { AssignmentList } from "./assignment-list";

/** "My assignments" on the desk: what is still to write. Drawn only when there is some. */
export function MyAssignments({ items, locale, messages: m, timeZone }: { items: BoardItem[]; locale: Locale; messages: Messages; timeZone: string }) {
  const current = items.filter((item) => item.state !== "filed");
  if (current.length === 0) return null;
  return (
    <section aria-labelledby="my-assignments" className="mb-6">
      <h2 id="my-assignments" className="mb-2 text-lg font-semibold">
        {m.assignments.mine}
      </h2>
      <AssignmentList items={current} locale={locale} messages={m} timeZone={timeZone} empty={m.assignments.emptyMine} startable />
    </section>
  );
}

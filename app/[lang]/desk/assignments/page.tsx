import { AssignmentList } from "@/components/desk/assignment-list";
import { listSections } from "@/lib/articles/queries";
import { listAssignableStaff, listBoard, listMine, type AssignmentState } from "@/lib/assignments";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor, pickMessages } from "@/lib/i18n/messages";
import { readPublicSettings } from "@/lib/settings";
import { CreateAssignmentForm } from "./create-form";

const STATES: AssignmentState[] = ["open", "in_progress", "filed"];

/** Editors: the board and the form. Reporters: their own assignments. */
export default async function AssignmentsPage({ params }: PageProps<"/[lang]/desk/assignments">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  const db = getDb();
  const { newsroom } = await readPublicSettings(db);
  const timeZone = newsroom.timeZone;

  if (!can(actor, "assignment:create")) {
    const mine = await listMine(db, actor);
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold">{m.assignments.mine}</h1>
        <AssignmentList items={mine} locale={locale} messages={m} timeZone={timeZone} empty={m.assignments.emptyMine} showState startable />
      </>
    );
  }

  const [board, sections, staff] = await Promise.all([listBoard(db, actor), listSections(db), listAssignableStaff(db, actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">{m.assignments.title}</h1>
      <CreateAssignmentForm
        messages={pickMessages(m, "assignments", "roles", "actions")}
        timeZone={timeZone}
        staff={staff}
        sections={sections.map((s) => ({ id: s.id, name: locale === "en" ? s.nameEn : s.nameZh }))}
      />
      {STATES.map((state) => {
        const items = board.filter((item) => item.state === state);
        return (
          <section key={state} aria-labelledby={`state-${state}`}>
            <h2 className="mb-2 font-medium">
              <span id={`state-${state}`}>{m.assignments.states[state]}</span> <span className="text-neutral-600">({items.length})</span>
            </h2>
            <AssignmentList items={items} locale={locale} messages={m} timeZone={timeZone} empty={m.assignments.empty} showReporter />
          </section>
        );
      })}
    </div>
  );
}

import { DeskGroup } from "@/components/desk/desk-group";
import { MyAssignments } from "@/components/desk/my-assignments";
import { loadMyDesk } from "@/lib/articles/my-desk";
import { listMine } from "@/lib/assignments";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";
import { readPublicSettings } from "@/lib/settings";

export default async function MyDeskPage({ params, searchParams }: PageProps<"/[lang]/desk">) {
  const { lang } = await params;
  // The import desk lands here after creating drafts: ?imported=<count>.
  const imported = Number.parseInt(String((await searchParams).imported ?? ""), 10) || 0;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  const [desk, assignments, { newsroom }] = await Promise.all([loadMyDesk(getDb(), actor), listMine(getDb(), actor), readPublicSettings(getDb())]);
  const shared = { locale, timeZone: newsroom.timeZone, messages: m };
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{m.desk.myArticles}</h1>
      {imported > 0 && (
        <p role="status" className="mb-4 text-sm text-emerald-800">
          {fill(m.import.createdDrafts, { count: imported })}
        </p>
      )}
      <MyAssignments items={assignments} locale={locale} messages={m} timeZone={newsroom.timeZone} />
      {/* In the order they need the reporter: act on a return first, then finish drafts. */}
      <DeskGroup id="desk-returned" title={m.myDesk.returned} items={desk.returned} empty={m.myDesk.emptyReturned} urgent {...shared} />
      <DeskGroup id="desk-drafts" title={m.myDesk.drafts} items={desk.drafts} empty={m.myDesk.emptyDrafts} {...shared} />
      <DeskGroup id="desk-submitted" title={m.myDesk.submitted} hint={m.myDesk.submittedHint} items={desk.submitted} empty={m.myDesk.emptySubmitted} {...shared} />
      <DeskGroup id="desk-published" title={m.myDesk.published} hint={m.myDesk.publishedHint} items={desk.published} empty={m.myDesk.emptyPublished} {...shared} />
    </>
  );
}

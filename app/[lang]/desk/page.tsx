import { ArticleTable } from "@/components/desk/article-table";
import { MyAssignments } from "@/components/desk/my-assignments";
import { listMyArticles } from "@/lib/articles/queries";
import { listMine } from "@/lib/assignments";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { isLocale } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";
import { readPublicSettings } from "@/lib/settings";

export default async function MyDeskPage({ params, searchParams }: PageProps<"/[lang]/desk">) {
  const { lang } = await params;
  // The import desk lands here after creating drafts: ?imported=<count>.
  const imported = Number.parseInt(String((await searchParams).imported ?? ""), 10) || 0;
  const locale = isLocale(lang) ? lang : "zh-CN";
  const m = messagesFor(locale);
  const actor = await requireActor();
  const [rows, assignments, { newsroom }] = await Promise.all([listMyArticles(getDb(), actor), listMine(getDb(), actor), readPublicSettings(getDb())]);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{m.desk.myArticles}</h1>
      {imported > 0 && (
        <p role="status" className="mb-4 text-sm text-emerald-800">
          {fill(m.import.createdDrafts, { count: imported })}
        </p>
      )}
      <MyAssignments items={assignments} locale={locale} messages={m} timeZone={newsroom.timeZone} />
      <ArticleTable rows={rows} locale={locale} messages={m} empty={m.desk.emptyMine} />
    </>
  );
}

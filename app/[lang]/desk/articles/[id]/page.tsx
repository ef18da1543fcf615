import Link from "next/link";
import { notFound } from "next/navigation";
import { Byline } from "@/components/article/byline";
import { StatusBadge } from "@/components/desk/status-badge";
import { getArticleForDesk, listSections } from "@/lib/articles/queries";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { transitionsFrom, TRANSITIONS } from "@/lib/workflow";
import { ArticleForm } from "../article-form";
import { VersionProvider } from "../version-context";
import { WorkflowPanel } from "./workflow-panel";

async function load(actor: Awaited<ReturnType<typeof requireActor>>, id: string) {
  try {
    return await getArticleForDesk(getDb(), actor, id);
  } catch (error) {
    // Someone else's draft is "not found" for a reporter: no hint it exists.
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}

export default async function DeskArticlePage({ params }: PageProps<"/[lang]/desk/articles/[id]">) {
  const { lang, id } = await params;
  const locale = isLocale(lang) ? lang : "zh-CN";
  const m = messagesFor(locale);
  const actor = await requireActor();
  const article = await load(actor, id);
  const allowed = transitionsFrom(article.status).filter((name) => can(actor, TRANSITIONS[name].action, article));
  const sections = allowed.includes("publish") ? await listSections(getDb()) : [];
  const editable = can(actor, "article:edit", article);

  return (
    <VersionProvider serverVersion={article.version}>
    <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
      <div>
        <div className="mb-4 flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold">{m.desk.editArticle}</h1>
          <StatusBadge status={article.status} messages={m} />
          {article.status === "PUBLISHED" && (
            <Link href={`/articles/${article.slug}`} className="text-sm underline">
              {m.desk.viewPublic}
            </Link>
          )}
        </div>
        {article.returnNote && (
          <div role="note" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-sm">
            <p className="font-medium text-red-800">{m.workflow.returnedNote}</p>
            <p className="mt-1 whitespace-pre-wrap" data-testid="return-note">
              {article.returnNote}
            </p>
          </div>
        )}
        {editable ? (
          <ArticleForm
            messages={m}
            article={{ id: article.id }}
            saveLabel={article.status === "DRAFT" || article.status === "RETURNED" ? m.actions.saveDraft : m.actions.save}
            initial={{
              kicker: article.kicker ?? "",
              headline: article.headline,
              subheadline: article.subheadline ?? "",
              dateline: article.dateline,
              summary: article.summary ?? "",
              body: article.body,
              contributors: article.contributors.map((c) => ({ name: c.name, role: c.role, credit: c.credit })),
            }}
          />
        ) : (
          <div className="max-w-3xl font-serif">
            <p className="mb-2 font-sans text-sm text-neutral-600">{m.desk.readOnly}</p>
            {article.kicker && <p>{article.kicker}</p>}
            <h2 className="text-2xl font-bold">{article.headline}</h2>
            {article.subheadline && <p>{article.subheadline}</p>}
            <Byline dateline={article.dateline} contributors={article.contributors} locale={locale} />
            <div className="prose-zh mt-3 whitespace-pre-wrap">{article.body}</div>
          </div>
        )}
      </div>
      <aside className="space-y-4">
        <p className="text-sm text-neutral-600">
          {m.desk.slug}: <code data-testid="slug">{article.slug}</code>
        </p>
        <WorkflowPanel
          messages={m}
          article={{ id: article.id, sectionId: article.sectionId, placement: article.placement }}
          allowed={allowed}
          sections={sections.map((s) => ({ id: s.id, name: locale === "en" ? s.nameEn : s.nameZh }))}
        />
        {/* comments: the comments panel goes here */}
        <section aria-labelledby="history" className="text-sm">
          <h2 id="history" className="mb-2 font-medium">
            {m.desk.history}
          </h2>
          <ol className="space-y-1 text-neutral-700">
            {article.events.map((event) => (
              <li key={event.id}>
                {formatDateTime(event.createdAt, locale)} · {event.actor.name} · {event.fromStatus ? `${m.status[event.fromStatus]} → ` : ""}
                {m.status[event.toStatus]}
                {event.note && <span className="block pl-3 text-neutral-600">“{event.note}”</span>}
              </li>
            ))}
          </ol>
        </section>
      </aside>
    </div>
    </VersionProvider>
  );
}

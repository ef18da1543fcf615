import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";
import { compareSnapshots } from "@/lib/revisions/diff";
import { loadRevisions } from "@/lib/revisions/list";
import { readPublicSettings } from "@/lib/settings";
import { compareQuerySchema } from "@/lib/validation/revision";
import { CompareForm } from "./compare-form";
import { RevisionDiff } from "./revision-diff";
import { RevisionList } from "./revision-list";

/** The article's revisions: compare any two, restore any one. For whoever may read the article. */
export default async function RevisionsPage({ params, searchParams }: PageProps<"/[lang]/desk/articles/[id]/history">) {
  const { lang, id } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  const db = getDb();
  const wanted = compareQuerySchema.parse(await searchParams);
  const [history, settings] = await Promise.all([
    loadRevisions(db, actor, id, wanted).catch((error: unknown) => {
      // Someone else's draft is "not found" for a reporter: no hint it exists.
      if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
      throw error;
    }),
    readPublicSettings(db),
  ]);
  const { article, from, to } = history;
  const timeZone = settings.newsroom.timeZone;
  const labels = { ...m.fields, byline: m.revisions.byline };

  return (
    <>
      <Link href={`/desk/articles/${article.id}`} className="text-sm underline">
        {m.revisions.back}
      </Link>
      <h1 className="mt-2 text-xl font-semibold">{m.revisions.title}</h1>
      <p className="mb-4 text-neutral-700">{article.headline}</p>
      {history.revisions.length > 1 ? (
        <CompareForm revisions={history.revisions} from={from?.version} to={to?.version} locale={locale} timeZone={timeZone} messages={m} />
      ) : (
        <p className="mb-4 text-sm text-neutral-700">{m.revisions.onlyOne}</p>
      )}
      {from && to && (
        <RevisionDiff
          fields={compareSnapshots(from.snapshot, to.snapshot)}
          labels={labels}
          heading={fill(m.revisions.comparing, { from: from.version, to: to.version })}
          messages={m}
        />
      )}
      <RevisionList history={history} canRestore={can(actor, "article:edit", article)} locale={locale} timeZone={timeZone} messages={m} />
    </>
  );
}

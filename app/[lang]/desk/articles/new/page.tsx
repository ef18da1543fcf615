import { formatByline } from "@/lib/articles/byline";
import { newArticleValues } from "@/lib/articles/form-values";
import { listStaffOptions } from "@/lib/articles/staff";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor, pickMessages } from "@/lib/i18n/messages";
import { wordListVersion } from "@/lib/proofread/words/compiled";
import { readPublicSettings } from "@/lib/settings";
import { ArticleForm } from "../article-form";
import { EDITOR_MESSAGES } from "../messages";

export default async function NewArticlePage({ params }: PageProps<"/[lang]/desk/articles/new">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  const [staff, settings, wordsVersion] = await Promise.all([listStaffOptions(getDb()), readPublicSettings(getDb()), wordListVersion(getDb())]);
  const initial = newArticleValues(actor);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{m.desk.newArticle}</h1>
      <ArticleForm
        messages={pickMessages(m, ...EDITOR_MESSAGES)}
        locale={locale}
        timeZone={settings.newsroom.timeZone}
        initial={initial}
        saveLabel={m.actions.saveDraft}
        userId={actor.id}
        staff={staff}
        initialByline={{ zh: formatByline(initial.dateline, initial.contributors, "zh-CN"), en: formatByline(initial.dateline, initial.contributors, "en") }}
        // A new article is the writer's own draft: they may keep a finding, once it is saved.
        proofread={{ wordsVersion, ignores: [], photoCaptions: [], canIgnore: true }}
      />
    </>
  );
}

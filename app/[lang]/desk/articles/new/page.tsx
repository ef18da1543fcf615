import { requireActor } from "@/lib/auth/require";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { ArticleForm } from "../article-form";

export default async function NewArticlePage({ params }: PageProps<"/[lang]/desk/articles/new">) {
  const { lang } = await params;
  const m = messagesFor(isLocale(lang) ? lang : "zh-CN");
  const actor = await requireActor();
  // A reporter usually files under their own name.
  const initial = {
    kicker: "",
    headline: "",
    subheadline: "",
    dateline: "本报讯",
    summary: "",
    body: "",
    contributors: [{ name: actor.name, role: "REPORTER" as const, credit: "TEXT" as const }],
  };
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{m.desk.newArticle}</h1>
      <ArticleForm messages={m} initial={initial} saveLabel={m.actions.saveDraft} />
    </>
  );
}

import { notFound } from "next/navigation";
import { ArticleTable } from "@/components/desk/article-table";
import { listReviewQueue } from "@/lib/articles/queries";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

export default async function ReviewQueuePage({ params }: PageProps<"/[lang]/desk/review">) {
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : "zh-CN";
  const m = messagesFor(locale);
  const actor = await requireActor();
  if (!can(actor, "article:publish", { createdById: "", status: "SUBMITTED" })) notFound();
  const rows = await listReviewQueue(getDb(), actor);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{m.desk.review}</h1>
      <ArticleTable rows={rows} locale={locale} messages={m} empty={m.desk.emptyReview} />
    </>
  );
}

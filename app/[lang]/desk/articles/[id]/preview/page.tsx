import "@fontsource/noto-serif-sc/400.css";
import "@fontsource/noto-serif-sc/700.css";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { getArticlePreview } from "@/lib/articles/preview";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { readPublicSettings } from "@/lib/settings";

/** The story as readers will see it, before it goes out: staff only, drawn by the reader page's own component. */
export default async function ArticlePreviewPage({ params }: PageProps<"/[lang]/desk/articles/[id]/preview">) {
  const { lang, id } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  const [article, { newsroom }] = await Promise.all([
    getArticlePreview(getDb(), actor, id).catch((error: unknown) => {
      // Someone else's draft is "not found" for a reporter, as in the editor.
      if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
      throw error;
    }),
    readPublicSettings(getDb()),
  ]);
  return (
    <>
      <div role="note" className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950" data-testid="preview-banner">
        <span>{m.preview.banner}</span>
        <Link href={`/desk/articles/${id}`} className="underline">
          {m.preview.back}
        </Link>
      </div>
      {/* The reader page's frame: paper, serif, its width. */}
      <div className="bg-[var(--color-paper)] px-4 py-6">
        <div className="mx-auto max-w-3xl font-serif">
          <ArticleView article={article} locale={locale} timeZone={newsroom.timeZone} />
        </div>
      </div>
    </>
  );
}

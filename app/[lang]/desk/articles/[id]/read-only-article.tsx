import { Byline } from "@/components/article/byline";
import type { DeskArticle } from "@/lib/articles/queries";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { richTextToHtml } from "@/lib/rich-text/to-html";

export function ReadOnlyArticle({ article, locale, messages: m }: { article: DeskArticle; locale: Locale; messages: Messages }) {
  // Sanitised like the reader's page.
  const html = article.bodyJson ? richTextToHtml(article.bodyJson) : null;
  return (
    <div className="max-w-3xl font-serif">
      <p className="mb-2 font-sans text-sm text-neutral-600">{m.desk.readOnly}</p>
      {article.kicker && <p>{article.kicker}</p>}
      <h2 className="text-2xl font-bold">{article.headline}</h2>
      {article.subheadline && <p>{article.subheadline}</p>}
      <Byline dateline={article.dateline} contributors={article.contributors} locale={locale} />
      {html ? (
        <div className="prose-zh rich-body mt-3" dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <div className="prose-zh mt-3 whitespace-pre-wrap">{article.body}</div>
      )}
    </div>
  );
}

// An article as the desk's form holds it: strings for the text fields, the
// body as the editor's document. The page's first values, the conflict
// view's "theirs" and the unsent copy on the device all take this one shape,
// so they compare equal when the text is the same.
import type { ContributorRole, Credit } from "@/lib/generated/prisma/enums";
import { plainToRichText } from "@/lib/rich-text/from-text";
import { richDocSchema, type RichDoc } from "@/lib/rich-text/schema";

export interface ArticleFormValues {
  kicker: string;
  headline: string;
  subheadline: string;
  dateline: string;
  summary: string;
  body: string;
  bodyJson: RichDoc;
  contributors: { name: string; role: ContributorRole; credit: Credit | null; userId: string | null }[];
}

interface StoredArticle {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  dateline: string;
  summary: string | null;
  body: string;
  bodyJson: unknown;
  contributors: { name: string; role: ContributorRole; credit: Credit | null; userId: string | null }[];
}

export function articleFormValues(article: StoredArticle): ArticleFormValues {
  // An article from before rich text opens as its paragraphs.
  const stored = article.bodyJson ? richDocSchema.safeParse(article.bodyJson) : null;
  return {
    kicker: article.kicker ?? "",
    headline: article.headline,
    subheadline: article.subheadline ?? "",
    dateline: article.dateline,
    summary: article.summary ?? "",
    body: article.body,
    bodyJson: stored?.success ? stored.data : plainToRichText(article.body),
    contributors: article.contributors.map((c) => ({ name: c.name, role: c.role, credit: c.credit, userId: c.userId })),
  };
}

/** A new article: the reporter usually files under their own name. */
export const newArticleValues = (actor: { id: string; name: string }): ArticleFormValues => ({
  kicker: "",
  headline: "",
  subheadline: "",
  dateline: "本报讯",
  summary: "",
  body: "",
  bodyJson: plainToRichText(""),
  contributors: [{ name: actor.name, role: "REPORTER", credit: "TEXT", userId: actor.id }],
});

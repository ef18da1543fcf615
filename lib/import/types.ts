// Public shapes of the page importer. index.ts re-exports everything here,
// so callers only ever import from "lib/import".

export type ContributorRole = "REPORTER" | "CORRESPONDENT" | "PHOTOGRAPHER";
export type Credit = "TEXT" | "PHOTO" | "TEXT_AND_PHOTO";
export type ArticleType = "NEWS" | "COMMENTARY" | "BRIEF" | "PHOTO_STORY" | "FEATURE";

export interface ProposedContributor {
  name: string;
  role: ContributorRole;
  credit: Credit | null;
}

export interface ProposedArticle {
  /** 引题, the line above the headline. */
  kicker: string | null;
  /** 主题. */
  headline: string;
  /** 副题. */
  subheadline: string | null;
  /** 电头, e.g. "本报讯"; "" when the story has no byline at all. */
  dateline: string;
  /** In byline order. */
  contributors: ProposedContributor[];
  /** "YYYY-MM-DD", from the first date stated in the first paragraph. */
  eventDate: string | null;
  type: ArticleType;
  /** Commentary column name, e.g. "今日评论". */
  column: string | null;
  /** Commentary author, e.g. "李清华". */
  author: string | null;
  /** Repaired body paragraphs, byline removed. */
  paragraphs: string[];
  /** Photo captions found in the story. */
  captions: string[];
  /** Where the importer guessed, in plain words, for the editor to check. */
  notes: string[];
}

export interface UnassignedFragment {
  text: string;
  /** Index of the article whose text the fragment sat in; null before the first article. */
  afterArticle: number | null;
  reason: string;
}

export interface ImportResult {
  articles: ProposedArticle[];
  fragments: UnassignedFragment[];
}

export interface ImportOptions {
  /** Edition date "YYYY-MM-DD"; supplies the year for dates like 11月1日. */
  editionDate?: string;
}

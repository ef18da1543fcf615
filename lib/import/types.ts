// Public shapes of the page importer. index.ts re-exports everything here,
// so callers only ever import from "lib/import".

import type { ImportNote, NoteKey } from "./notes";

export type { ImportNote, NoteKey } from "./notes";
export type ContributorRole = "REPORTER" | "CORRESPONDENT" | "PHOTOGRAPHER";
export type Credit = "TEXT" | "PHOTO" | "TEXT_AND_PHOTO";
export type ArticleType = "NEWS" | "COMMENTARY" | "BRIEF" | "PHOTO_STORY" | "FEATURE";

export interface ProposedContributor {
  /** "" for an unnamed byline such as 本报评论员 (its `title` says who). */
  name: string;
  role: ContributorRole;
  credit: Credit | null;
  /** The role as printed, e.g. "湖北日报全媒记者", "见习记者"; null when none was printed. */
  title: string | null;
}

/** What the 电头 says, where it says it. */
export interface DatelineParts {
  /** The paper or agency: "本报", "新华社", "泉州网", "明報", "长江日报" (for 据长江日报消息). */
  source: string | null;
  /** "北京" in 新华社北京1月11日电. */
  place: string | null;
  /** "YYYY-MM-DD" when a day is printed (the year from the edition). */
  date: string | null;
}

/** Was a field read from an unambiguous mark on the page, or guessed from its shape? */
export interface Confidence {
  how: "read" | "guessed";
  /** Why, as a message key under `importNotes` (both languages). */
  reason: NoteKey;
}

/** Fields printed on the page: what an editor checks against the paper. */
export const CHECKED_FIELDS = ["kicker", "headline", "subheadline", "dateline", "contributors", "body"] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];
/** Fields the importer works out; never printed as such. */
export type DerivedField = "type" | "eventDate";

export interface ProposedArticle {
  /** 引题, the line above the headline. */
  kicker: string | null;
  /** 主题. */
  headline: string;
  /** 副题. */
  subheadline: string | null;
  /** 电头 as printed, e.g. "本报讯", "新华社北京1月11日电"; "" when the story has none. */
  dateline: string;
  datelineParts: DatelineParts;
  /** In byline order, leading and trailing bylines together. */
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
  /** Read or guessed, field by field. */
  fields: Record<CheckedField | DerivedField, Confidence>;
  /**
   * How much of this proposal needs a look: guessed printed fields plus
   * notes. The desk shows the highest first (see reviewOrder).
   */
  attention: number;
  /** Where the importer guessed, for the editor to check (message keys). */
  notes: ImportNote[];
}

export interface UnassignedFragment {
  text: string;
  /** Index of the article whose text the fragment sat in; null before the first article. */
  afterArticle: number | null;
  reason: ImportNote;
}

/** Lines that belong to the page, not to a story; kept, never imported. */
export interface PageFurniture {
  text: string;
  /** header: 第03版 开发区; credits: 责编/校对 line; jump: (下转第二版). */
  kind: "header" | "credits" | "jump";
  afterArticle: number | null;
}

/** A personal name the traditional → simplified conversion changed, for a person to confirm. */
export interface ConvertedName {
  original: string;
  converted: string;
  /** contributor: a byline name; author: a commentary's signature; body: that name again in the text. */
  where: "contributor" | "author" | "body";
  article: number;
}

export interface ImportResult {
  articles: ProposedArticle[];
  fragments: UnassignedFragment[];
  furniture: PageFurniture[];
  /**
   * Typesetting the importer dropped, in page order: byline brackets, role
   * words, credits, the □ before a byline. With the fields, fragments and
   * furniture it accounts for every character of the page.
   */
  markup: string[];
  /** Empty unless the import converted traditional characters. */
  convertedNames: ConvertedName[];
}

/** One page of a file that may hold several (`第01版 要闻`, `第02版 …`). */
export interface ImportedPage extends ImportResult {
  /** The page's header line as printed; null for a file without one. */
  header: string | null;
  /** From the header: 第03版 开发区 → 3, "开发区" (name null when not printed). */
  label: { number: number; name: string | null } | null;
  /** "YYYY-MM-DD" when the header prints the edition's date. */
  date: string | null;
  /** The page's own text (header included): what a content hash is taken of. */
  text: string;
}

export interface ImportOptions {
  /** Edition date "YYYY-MM-DD"; supplies the year for dates like 11月1日. */
  editionDate?: string;
  /**
   * For a simplified-character paper: convert traditional text from Hong
   * Kong or Taiwan usage to mainland simplified (opencc-js). Names changed
   * by it are listed in convertedNames.
   */
  convert?: "hk" | "tw";
}

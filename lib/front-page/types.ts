// The front page's data shapes, apart from the assembler so helpers can use
// them without importing it. Placement and ArticleType spell the Prisma enums.

export type Placement = "LEAD" | "TOP" | "STANDARD" | "BRIEF";
export type ArticleType = "NEWS" | "COMMENTARY" | "BRIEF" | "PHOTO_STORY" | "FEATURE";

export interface AssemblerArticle {
  id: string;
  type: ArticleType;
  placement: Placement;
  sectionId: string | null;
  /** ISO time it goes (or went) live: publish time, or the scheduled time. */
  publishedAt: string;
  /** Print edition "YYYY-MM-DD" if set by an editor; else the edition is the publish day in the newsroom's time zone. */
  editionDate: string | null;
}

/** Defaults in DEFAULT_FRONT_PAGE_SETTINGS; a count that is not positive means none. */
export interface FrontPageSettings {
  /** The newsroom's zone, which dates editions: "Asia/Shanghai" by default. */
  timeZone: string;
  /** K: newest K per section block. */
  perSection: number;
  topStories: number;
  briefs: number;
  photos: number;
  commentary: number;
}

export interface AssemblerInput {
  /** Published or scheduled articles; the caller already excluded drafts, retracted and spiked ones. */
  articles: AssemblerArticle[];
  /** Configured order = ascending position. */
  sections: { id: string; position: number }[];
  pinnedArticleId: string | null;
  settings: FrontPageSettings;
  now: Date;
}

export interface FrontPageLayout {
  /** The current edition "YYYY-MM-DD", null when nothing is visible. */
  editionDate: string | null;
  lead: string | null;
  top: string[];
  /** Only non-empty blocks, in configured order. */
  sections: { sectionId: string; articleIds: string[] }[];
  commentary: string[];
  photos: string[];
  briefs: string[];
}

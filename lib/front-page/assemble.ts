// Lays out the front page: a pure function of the articles, the sections, the
// pin, the settings and the clock, so a page can be previewed at any time and
// re-assembled the same way later (docs/decisions/0004-front-page.md). Each
// numbered rule below is one rule of that note.
import { dateInTimeZone, isValidTimeZone, normalizeEditionDate } from "./edition-date";
import {
  canLead,
  isBrief,
  isCommentary,
  isPhotoStory,
  isSectionStory,
  isTopCandidate,
  newest,
  strongest,
  topOrder,
  type Ranked,
} from "./rank";
import type { AssemblerArticle, AssemblerInput, FrontPageLayout, FrontPageSettings } from "./types";

export { dateInTimeZone };
export type { ArticleType, AssemblerArticle, AssemblerInput, FrontPageLayout, FrontPageSettings, Placement } from "./types";

export const DEFAULT_FRONT_PAGE_SETTINGS: FrontPageSettings = Object.freeze({
  timeZone: "Asia/Shanghai",
  perSection: 4,
  topStories: 4,
  briefs: 8,
  photos: 4,
  commentary: 1,
});

// Rule 12: a count that is missing or not a positive number means none of
// that kind (a fraction rounds down), rather than an error on the public page.
function count(n: unknown): number {
  return typeof n === "number" && n > 0 ? Math.floor(n) : 0;
}

/** Rules 1 and 2: the visible articles, each with its effective edition. */
function visibleArticles(articles: AssemblerArticle[], now: number, timeZone: string, today: string): Ranked[] {
  const seen = new Set<string>();
  const visible: Ranked[] = [];
  for (const article of articles) {
    // Rule 12: a duplicate id keeps its first occurrence.
    if (!article || typeof article.id !== "string" || seen.has(article.id)) continue;
    seen.add(article.id);
    const time = Date.parse(article.publishedAt);
    // Rule 1: scheduled articles appear at their time, not a millisecond
    // before. An unparseable time never goes live.
    if (!(time <= now)) continue;
    const edition = normalizeEditionDate(article.editionDate) ?? dateInTimeZone(new Date(time), timeZone);
    // Rule 2: an editor may set tomorrow's edition on a story that is already
    // live; until tomorrow it is part of today's edition.
    visible.push({ id: article.id, article, time, edition: edition > today ? today : edition });
  }
  return visible;
}

export function assembleFrontPage(input: AssemblerInput): FrontPageLayout {
  const settings: Partial<FrontPageSettings> = input?.settings ?? {};
  // A page must be dated in some zone: an unknown one falls back to the
  // newsroom default instead of throwing on every public request.
  const timeZone = isValidTimeZone(settings.timeZone) ? settings.timeZone : DEFAULT_FRONT_PAGE_SETTINGS.timeZone;
  const now = input?.now instanceof Date ? input.now.getTime() : NaN;
  const empty: FrontPageLayout = { editionDate: null, lead: null, top: [], sections: [], commentary: [], photos: [], briefs: [] };
  if (Number.isNaN(now)) return empty;

  const today = dateInTimeZone(new Date(now), timeZone);
  // Rule 2: editions newest first, so the current edition comes first and the
  // page fills from earlier ones; every slot below ranks from this order.
  const visible = visibleArticles(input.articles ?? [], now, timeZone, today).sort(newest);
  if (visible.length === 0) return empty;

  // Rule 9: each slot takes only what no earlier slot used.
  const used = new Set<string>();
  const take = (candidates: Ranked[], limit: number): string[] => {
    const ids = candidates.filter((r) => !used.has(r.id)).slice(0, limit).map((r) => r.id);
    for (const id of ids) used.add(id);
    return ids;
  };

  // Rule 3: a visible pin leads; a pin not in the input (retracted) or not yet
  // live is ignored, as is a pinned brief or commentary (they never lead).
  const pinned = visible.find((r) => r.id === input.pinnedArticleId && canLead(r));
  const leadPlaced = visible.find((r) => canLead(r) && r.article.placement === "LEAD");
  const lead = pinned ?? leadPlaced ?? visible.filter(canLead).sort(strongest)[0] ?? null;
  if (lead) used.add(lead.id);

  // Rule 4.
  const top = take(visible.filter(isTopCandidate).sort(topOrder), count(settings.topStories));

  // Rule 5: one block per configured section; an article of an unknown
  // section or of none is in no block. Rule 10: empty blocks are dropped.
  const perSection = count(settings.perSection);
  const sections: FrontPageLayout["sections"] = [];
  for (const sectionId of sectionOrder(input.sections ?? [])) {
    const articleIds = take(
      visible.filter((r) => r.article.sectionId === sectionId && isSectionStory(r)),
      perSection,
    );
    if (articleIds.length > 0) sections.push({ sectionId, articleIds });
  }

  // Rules 6–8, in page order; `visible` is already newest first.
  const commentary = take(visible.filter(isCommentary), count(settings.commentary));
  const photos = take(visible.filter(isPhotoStory), count(settings.photos));
  const briefs = take(visible.filter(isBrief), count(settings.briefs));

  return { editionDate: visible[0]!.edition, lead: lead?.id ?? null, top, sections, commentary, photos, briefs };
}

/** Section ids by ascending position, ties on id (rule 11), each once. */
function sectionOrder(sections: { id: string; position: number }[]): string[] {
  const order = sections
    .filter((s) => s && typeof s.id === "string")
    .map((s) => ({ id: s.id, position: Number.isFinite(s.position) ? s.position : Infinity }))
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...new Set(order.map((s) => s.id))];
}

/** Every article id the layout uses, in page order (lead, top, sections…, commentary, photos, briefs). */
export function layoutArticleIds(layout: FrontPageLayout): string[] {
  return [
    ...(layout.lead === null ? [] : [layout.lead]),
    ...layout.top,
    ...layout.sections.flatMap((s) => s.articleIds),
    ...layout.commentary,
    ...layout.photos,
    ...layout.briefs,
  ];
}

// 调整版位: what re-placing a published story changed — section, placement,
// type, edition date, page — as the history keeps it. Section names are kept
// in both languages as they were, so the history reads right after a rename
// and in either language without looking anything up.
import type { ArticleType, Placement } from "@/lib/generated/prisma/enums";

export interface Layout {
  section: { zh: string; en: string } | null;
  placement: Placement;
  type: ArticleType;
  /** yyyy-mm-dd */
  editionDate: string | null;
  pageNumber: number | null;
  pageName: string | null;
}

type Pair<T> = [before: T, after: T];

/** Only what changed, each as [before, after]. A type, not an interface: it is stored as JSON. */
export type Replacement = {
  section?: Pair<Layout["section"]>;
  placement?: Pair<Placement>;
  type?: Pair<ArticleType>;
  editionDate?: Pair<string | null>;
  page?: Pair<{ number: number | null; name: string | null }>;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function replacementOf(before: Layout, after: Layout): Replacement {
  const changes: Replacement = {};
  if (!same(before.section, after.section)) changes.section = [before.section, after.section];
  if (before.placement !== after.placement) changes.placement = [before.placement, after.placement];
  if (before.type !== after.type) changes.type = [before.type, after.type];
  if (before.editionDate !== after.editionDate) changes.editionDate = [before.editionDate, after.editionDate];
  const page = (l: Layout) => ({ number: l.pageNumber, name: l.pageName });
  if (!same(page(before), page(after))) changes.page = [page(before), page(after)];
  return changes;
}

/** The event detail a re-placement writes (lib/workflow/event-text.ts reads it back). */
export type ReplaceDetail = { replaced: Replacement };

export const isReplaceDetail = (detail: unknown): detail is ReplaceDetail =>
  !!detail && typeof detail === "object" && "replaced" in detail && !!(detail as ReplaceDetail).replaced && typeof (detail as ReplaceDetail).replaced === "object";

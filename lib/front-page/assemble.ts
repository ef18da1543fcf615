// Lays out the front page from published articles. A pure function: the same
// articles always give the same page (docs/decisions/0003-front-page.md).
export interface FrontPageItem {
  id: string;
  placement: "LEAD" | "TOP" | "STANDARD" | "BRIEF";
  publishedAt: string;
}

export interface FrontPage<T extends FrontPageItem> {
  lead: T | null;
  rest: T[];
}

const newestFirst = (a: FrontPageItem, b: FrontPageItem) =>
  b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id);

export function assembleFrontPage<T extends FrontPageItem>(articles: T[]): FrontPage<T> {
  const sorted = [...articles].sort(newestFirst);
  // The newest Lead-placement story leads; without one, the newest top story,
  // so the page never opens on a brief.
  const lead =
    sorted.find((a) => a.placement === "LEAD") ?? sorted.find((a) => a.placement === "TOP") ?? sorted[0] ?? null;
  return { lead, rest: sorted.filter((a) => a !== lead) };
}

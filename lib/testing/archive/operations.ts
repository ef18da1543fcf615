// The reads measured at scale, each exactly as its page does it on a cache
// miss. Shared by bench/database.ts and the CI-size test.
import type { Db } from "@/lib/database/client";
import type { Actor } from "@/lib/auth/policy";
import { listReviewQueue } from "@/lib/articles/queries";
import { loadMyDesk } from "@/lib/articles/my-desk";
import { loadEditionFrontPage, loadFrontPage } from "@/lib/public/front-page";
import { editionPages, sectionPage } from "@/lib/public/listings";
import { searchArticles } from "@/lib/search/search";
import type { GeneratedNewsroom } from "@/lib/testing/archive/generate";

export interface Operation {
  name: string;
  run: () => Promise<unknown>;
}

/** Common and rare Chinese words, a one-character prefix, a name, Latin acronyms. */
export const SEARCH_TERMS = [
  { name: "common-bigram", query: "发展" },
  { name: "common-word", query: "开发区" },
  { name: "phrase", query: "疫情防控" },
  { name: "one-character", query: "安" },
  { name: "latin", query: "GDP" },
  { name: "latin-rare", query: "PM2.5" },
  { name: "rare", query: "量子通信" },
  { name: "absent", query: "火星探测" },
];

export async function operations(db: Db, newsroom: GeneratedNewsroom): Promise<Operation[]> {
  const { now } = newsroom;
  const editor: Actor = { id: newsroom.editorId, role: "EDITOR" };
  const reporter: Actor = { id: newsroom.reporterId, role: "REPORTER" };
  // The biggest section, at its first and its last page.
  const first = await sectionPage(db, "news", 1, now);
  const lastPage = first?.pages ?? 1;
  // An edition from the middle of the archive, with no stored snapshot: its
  // front page is re-assembled, the slower path.
  const middle = new Date((Date.parse(newsroom.oldestEdition) + Date.parse(newsroom.newestEdition)) / 2).toISOString().slice(0, 10);
  return [
    { name: "front-page", run: () => loadFrontPage(db, now) },
    ...SEARCH_TERMS.map((t) => ({ name: `search-${t.name}`, run: () => searchArticles(db, t.query, 1, now) })),
    { name: "search-common-page-10", run: () => searchArticles(db, "发展", 10, now) },
    { name: "section-first-page", run: () => sectionPage(db, "news", 1, now) },
    { name: "section-last-page", run: () => sectionPage(db, "news", lastPage, now) },
    { name: "edition-page", run: () => Promise.all([editionPages(db, middle, now), loadEditionFrontPage(db, middle, now)]) },
    { name: "review-queue", run: () => listReviewQueue(db, editor, {}, 3, now) },
    { name: "review-queue-filtered", run: () => listReviewQueue(db, editor, { stage: 1, type: "NEWS" }, 3, now) },
    { name: "my-desk", run: () => loadMyDesk(db, reporter, {}, now) },
  ];
}

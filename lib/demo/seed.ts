// The demo newsroom: four sections, four accounts and the 2021-11-02 开发区
// page, imported from the OCR'd text in prisma/demo/ and published; given a
// media storage, also the page as printed (数字报, seed-page.ts).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/database/client";
import { hashPassword } from "@/lib/auth/password";
import { importPage } from "@/lib/import";
import { createFromImportIn } from "@/lib/import/create";
import { fromProposal } from "@/lib/import/proposal";
import { installStarterWords } from "@/lib/proofread/words/starter";
import type { MediaStorage } from "@/lib/media/storage";
import { reindexArticles } from "@/lib/search/index-article";
import { seedDemoPage } from "./seed-page";

export const DEMO_PASSWORD = "copydesk-demo";

export const DEMO_SECTIONS = [
  { slug: "news", nameZh: "要闻", nameEn: "News", position: 1 },
  { slug: "development-zone", nameZh: "开发区", nameEn: "Development Zone", position: 2 },
  { slug: "opinion", nameZh: "评论", nameEn: "Opinion", position: 3 },
  { slug: "society", nameZh: "社会", nameEn: "Society", position: 4 },
] as const;

export const DEMO_USERS = [
  { email: "reporter@copydesk.test", name: "郭坤", slug: "guo-kun", role: "REPORTER" },
  { email: "editor@copydesk.test", name: "张敏", slug: "zhang-min", role: "EDITOR" },
  { email: "chief@copydesk.test", name: "王文", slug: "wang-wen", role: "CHIEF_EDITOR" },
  { email: "admin@copydesk.test", name: "管理员", slug: "admin", role: "ADMIN" },
] as const;

const EDITION = { date: "2021-11-02", pageNumber: 3, pageName: "开发区" };
export const DEMO_PAGE_FILE = path.join(process.cwd(), "prisma", "demo", "zhoukou-development-zone-page.txt");

export interface SeedOptions {
  pageFile?: string;
  /** Where the printed page's files go; without one the demo has no 数字报 page (the domain tests need none). */
  storage?: MediaStorage;
}

/** Seeds the demo once: does nothing if the database already has users. */
export async function seedDemo(db: Db, { pageFile = DEMO_PAGE_FILE, storage }: SeedOptions = {}): Promise<{ seeded: boolean; articles: number; regions?: number }> {
  if ((await db.user.count()) > 0) return { seeded: false, articles: 0 };
  const { articles } = importPage(await readFile(pageFile, "utf8"), { editionDate: EDITION.date });
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  // A generous timeout: a first start on a busy machine must not fail half-way.
  const { chief, order } = await db.$transaction(async (tx) => {
    await tx.section.createMany({ data: [...DEMO_SECTIONS] });
    await tx.user.createMany({ data: DEMO_USERS.map((u) => ({ ...u, passwordHash })) });
    const chief = await tx.user.findFirstOrThrow({ where: { role: "CHIEF_EDITOR" }, select: { id: true, role: true } });
    const zone = await tx.section.findUniqueOrThrow({ where: { slug: "development-zone" } });
    // The proofreading starter word list (docs/decisions/0025-proofreading.md).
    await installStarterWords(tx, await tx.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true, role: true } }));

    const created = await createFromImportIn(tx, chief, {
      articles: articles.map(fromProposal),
      sectionId: zone.id,
      mode: "publish",
      edition: EDITION,
    });
    // As the desk placed them that day: the two stories after the lead are
    // the page's top stories (an archive import only knows lead and briefs).
    await tx.article.updateMany({
      where: { id: { in: created.slice(1, 3).map((a) => a.id) }, placement: "STANDARD" },
      data: { placement: "TOP" },
    });
    // A story whose text points at its photo (如图) but whose page carries no
    // caption gets an empty caption slot: the desk shows it waiting for the
    // picture and its 图片说明 (the importer never invents the text).
    for (const [index, story] of articles.entries()) {
      const article = created[index];
      if (article && story.captions.length === 0 && story.paragraphs.some((p) => /如图|如圖/.test(p))) {
        await tx.articlePhoto.create({ data: { articleId: article.id, position: 0, caption: "" } });
      }
    }
    return { chief, order: created.map((a) => a.id) };
  }, { timeout: 60_000 });
  await reindexArticles(db, (await db.article.findMany({ select: { id: true } })).map((a) => a.id));
  if (!storage) return { seeded: true, articles: articles.length };
  // As the chief editor uploads it on the desk, after the stories are in.
  const page = await seedDemoPage(db, chief, { date: EDITION.date, number: EDITION.pageNumber, name: EDITION.pageName }, order, storage);
  return { seeded: true, articles: articles.length, regions: page.found };
}

// The demo newsroom: four sections, four accounts and the 2021-11-02 开发区
// page, imported from the OCR'd text in prisma/demo/ and published.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/database/client";
import type { Placement } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { makeSlug } from "@/lib/articles/slug";
import { importPage, type ProposedArticle } from "@/lib/import";

export const DEMO_PASSWORD = "copydesk-demo";

export const DEMO_SECTIONS = [
  { slug: "news", nameZh: "要闻", nameEn: "News", position: 1 },
  { slug: "development-zone", nameZh: "开发区", nameEn: "Development Zone", position: 2 },
  { slug: "opinion", nameZh: "评论", nameEn: "Opinion", position: 3 },
  { slug: "society", nameZh: "社会", nameEn: "Society", position: 4 },
] as const;

export const DEMO_USERS = [
  { email: "reporter@copydesk.test", name: "郭坤", role: "REPORTER" },
  { email: "editor@copydesk.test", name: "张敏", role: "EDITOR" },
  { email: "chief@copydesk.test", name: "王文", role: "CHIEF_EDITOR" },
  { email: "admin@copydesk.test", name: "管理员", role: "ADMIN" },
] as const;

const EDITION = { date: "2021-11-02", pageNumber: 3, pageName: "开发区" };
export const DEMO_PAGE_FILE = path.join(process.cwd(), "prisma", "demo", "zhoukou-development-zone-page.txt");

/** Seeds the demo once: does nothing if the database already has users. */
export async function seedDemo(db: Db, pageFile = DEMO_PAGE_FILE): Promise<{ seeded: boolean; articles: number }> {
  if ((await db.user.count()) > 0) return { seeded: false, articles: 0 };
  const { articles } = importPage(await readFile(pageFile, "utf8"), { editionDate: EDITION.date });
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.$transaction(async (tx) => {
    await tx.section.createMany({ data: [...DEMO_SECTIONS] });
    await tx.user.createMany({ data: DEMO_USERS.map((u) => ({ ...u, passwordHash })) });
    const users = await tx.user.findMany({ select: { id: true, name: true, role: true } });
    const chief = users.find((u) => u.role === "CHIEF_EDITOR")!;
    const zone = await tx.section.findUniqueOrThrow({ where: { slug: "development-zone" } });

    for (const [index, story] of articles.entries()) {
      // The page's order is its running order: the lead is published last,
      // so it is the newest, and each later story a minute earlier.
      const publishedAt = new Date(Date.parse(`${EDITION.date}T07:00:00+08:00`) - index * 60_000);
      const article = await tx.article.create({
        data: {
          slug: makeSlug(story.headline, publishedAt),
          kicker: story.kicker,
          headline: story.headline,
          subheadline: story.subheadline,
          dateline: story.dateline,
          body: story.paragraphs.join("\n\n"),
          type: story.type,
          column: story.column,
          placement: placementFor(story, index),
          status: "PUBLISHED",
          sectionId: zone.id,
          createdById: chief.id,
          editionDate: new Date(`${EDITION.date}T00:00:00Z`),
          pageNumber: EDITION.pageNumber,
          pageName: EDITION.pageName,
          publishedAt,
          createdAt: publishedAt,
          contributors: {
            create: contributorsOf(story).map((c, position) => ({
              ...c,
              position,
              userId: users.find((u) => u.name === c.name)?.id ?? null,
            })),
          },
          // The page names its photos only by their captions; the slots wait
          // for the pictures.
          photos: { create: story.captions.map((caption, position) => ({ caption, position })) },
        },
      });
      await tx.workflowEvent.createMany({
        data: [
          { articleId: article.id, actorId: chief.id, fromStatus: null, toStatus: "DRAFT", createdAt: publishedAt },
          { articleId: article.id, actorId: chief.id, fromStatus: "DRAFT", toStatus: "PUBLISHED", note: "demo import", createdAt: publishedAt },
        ],
      });
    }
  });
  return { seeded: true, articles: articles.length };
}

/** A commentary's author signs it; the importer gives the name separately. */
function contributorsOf(story: ProposedArticle) {
  if (story.contributors.length || !story.author) return story.contributors;
  return [{ name: story.author, role: "REPORTER" as const, credit: "TEXT" as const }];
}

function placementFor(story: ProposedArticle, index: number): Placement {
  if (index === 0) return "LEAD";
  if (story.type === "BRIEF") return "BRIEF";
  return index <= 2 ? "TOP" : "STANDARD";
}

// The staff preview is the reader's page before publication: the same data,
// photos included, for whoever may read the article in the desk.
import { beforeEach, describe, expect, it } from "vitest";
import { makeSection, makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { plainToRichText } from "@/lib/rich-text/from-text";
import { transition } from "@/lib/workflow/transition";
import { getArticlePreview } from "./preview";
import { getPublishedArticle, type PublicArticle } from "./public";
import { createArticle } from "./save";

const db = testDb();
beforeEach(() => resetDatabase(db));

describe("getArticlePreview", () => {
  it("shows a draft exactly as the reader's page will receive it once published, photos included", async () => {
    const [reporter, editor] = await Promise.all([makeUser("REPORTER"), makeUser("EDITOR")]);
    const section = await makeSection(db);
    const { id, slug } = await createArticle(db, reporter, sampleFields({ body: "第一段。\n\n第二段。", bodyJson: plainToRichText("第一段。\n\n第二段。") }));
    const media = await db.media.create({
      data: { key: "b".repeat(32), originalName: "a.jpg", mimeType: "image/jpeg", width: 640, height: 480, bytes: 5000, variants: [{ width: 640, height: 480, bytes: 3000 }], uploadedById: reporter.id },
    });
    await db.articlePhoto.create({ data: { articleId: id, position: 0, mediaId: media.id, caption: "图为会议现场。", credit: "郭坤 摄", alt: "会议室" } });
    await transition(db, reporter, { articleId: id, name: "submit", expectedVersion: 1 });

    const now = new Date("2026-03-10T08:00:00Z");
    const preview = await getArticlePreview(db, editor, id, now);
    expect(preview.photos).toEqual([{ caption: "图为会议现场。", credit: "郭坤 摄", alt: "会议室", media: { id: media.id, width: 640, height: 480, variants: [{ width: 640, height: 480, bytes: 3000 }] } }]);
    expect(preview.bodyHtml).toContain("<p>第二段。</p>");
    expect(preview.publishedAt).toBe(now.toISOString());

    await transition(db, editor, { articleId: id, name: "publish", expectedVersion: 2, placement: { sectionId: section.id, placement: "TOP" }, now });
    const published = await getPublishedArticle(db, slug, new Date(now.getTime() + 1000));
    // Everything but what publishing itself sets (its section and placement) was already in the preview.
    const apart = (article: PublicArticle) => ({ ...article, updatedAt: null, section: null, placement: null });
    expect(apart(preview)).toEqual(apart(published!));
  });

  it("is the desk's: another reporter's draft is not found to them", async () => {
    const [reporter, other] = await Promise.all([makeUser("REPORTER"), makeUser("REPORTER")]);
    const { id } = await createArticle(db, reporter, sampleFields());
    await expect(getArticlePreview(db, other, id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getArticlePreview(db, reporter, "nope")).rejects.toMatchObject({ code: "not_found" });
  });
});

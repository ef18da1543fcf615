// Caption, credit and alt text before publishing: enforced in the state
// machine (lib/workflow/transition.ts), for submit, publish and schedule.
import { beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/save";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { transition } from "@/lib/workflow/transition";
import { savePhotoDetails } from "./photos";
import { isPhotoComplete } from "./publish-check";

const db = testDb();
beforeEach(() => resetDatabase(db));

/** A submitted article with one picture; the photo's text as given. */
async function submittedWithPhoto(text: { caption: string; credit: string | null; alt: string | null }) {
  const reporter = await makeUser("REPORTER");
  const editor = await makeUser("EDITOR");
  const article = await createArticle(db, reporter, sampleFields());
  const media = await db.media.create({
    data: { key: "k".repeat(32), originalName: "a.jpg", mimeType: "image/jpeg", width: 800, height: 600, bytes: 1000, variants: [], uploadedById: reporter.id },
  });
  await transition(db, reporter, { articleId: article.id, name: "submit", expectedVersion: 1 });
  // Added after submitting (as an editor could during review), so publishing is what meets it.
  const photo = await db.articlePhoto.create({ data: { articleId: article.id, position: 0, mediaId: media.id, ...text } });
  return { reporter, editor, article, photo };
}

describe("submitting with photos", () => {
  it("is refused while a photo lacks its caption, and changes nothing", async () => {
    const reporter = await makeUser("REPORTER");
    const article = await createArticle(db, reporter, sampleFields());
    const media = await db.media.create({
      data: { key: "s".repeat(32), originalName: "b.jpg", mimeType: "image/jpeg", width: 800, height: 600, bytes: 1000, variants: [], uploadedById: reporter.id },
    });
    await db.articlePhoto.create({ data: { articleId: article.id, position: 0, mediaId: media.id, caption: "", credit: "郭坤 摄", alt: "会场" } });
    await expect(transition(db, reporter, { articleId: article.id, name: "submit", expectedVersion: 1 })).rejects.toMatchObject({ message: "photo_details_required" });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ status: "DRAFT", version: 1 });
  });
});

describe("publishing with photos", () => {
  it("is refused while a photo lacks its alt text, and allowed once it is filled in", async () => {
    const { reporter, editor, article, photo } = await submittedWithPhoto({ caption: "图为会议现场。", credit: "郭坤 摄", alt: null });
    await expect(transition(db, editor, { articleId: article.id, name: "publish", expectedVersion: 2 })).rejects.toMatchObject({
      code: "invalid_input",
      message: "photo_details_required",
    });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect(await db.signOff.count()).toBe(0);

    // The reporter cannot edit a submitted article; the editor fills it in.
    await expect(savePhotoDetails(db, reporter, { photoId: photo.id, caption: "图为会议现场。", credit: "郭坤 摄", alt: "会场" })).rejects.toMatchObject({ code: "forbidden" });
    await savePhotoDetails(db, editor, { photoId: photo.id, caption: "图为会议现场。", credit: "郭坤 摄", alt: "参会人员坐满会议室" });
    await expect(transition(db, editor, { articleId: article.id, name: "publish", expectedVersion: 2 })).resolves.toMatchObject({ status: "PUBLISHED" });
  });

  it("refuses scheduling too, for a missing caption or credit", async () => {
    for (const text of [{ caption: " ", credit: "郭坤 摄", alt: "会场" }, { caption: "现场", credit: null, alt: "会场" }]) {
      await resetDatabase(db);
      const { editor, article } = await submittedWithPhoto(text);
      const publishAt = new Date(Date.now() + 3_600_000);
      await expect(transition(db, editor, { articleId: article.id, name: "schedule", expectedVersion: 2, publishAt })).rejects.toMatchObject({ code: "invalid_input" });
    }
  });

  it("is not blocked by caption-only slots without a picture (an imported page)", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const article = await createArticle(db, reporter, sampleFields());
    await db.articlePhoto.create({ data: { articleId: article.id, position: 0, caption: "图为会议现场。" } });
    await transition(db, reporter, { articleId: article.id, name: "submit", expectedVersion: 1 });
    await expect(transition(db, editor, { articleId: article.id, name: "publish", expectedVersion: 2 })).resolves.toMatchObject({ status: "PUBLISHED" });
  });
});

describe("isPhotoComplete", () => {
  it("needs all three, and blank is missing", () => {
    expect(isPhotoComplete({ caption: "a", credit: "b", alt: "c" })).toBe(true);
    expect(isPhotoComplete({ caption: "a", credit: "b", alt: "  " })).toBe(false);
    expect(isPhotoComplete({ caption: "", credit: "b", alt: "c" })).toBe(false);
    expect(isPhotoComplete({ caption: "a", credit: null, alt: "c" })).toBe(false);
  });
});

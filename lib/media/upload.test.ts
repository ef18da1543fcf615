import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/save";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { transition } from "@/lib/workflow/transition";
import { memoryStorage } from "./memory-storage";
import { listArticlePhotos, removePhoto, savePhotoDetails } from "./photos";
import { uploadMedia } from "./upload";

const db = testDb();
let storage: ReturnType<typeof memoryStorage>;
const deps = () => ({ storage, maxBytes: 10 * 1024 * 1024 });
const jpeg = (width = 800, height = 600) => sharp({ create: { width, height, channels: 3, background: "#357" } }).jpeg().toBuffer();

beforeEach(async () => {
  await resetDatabase(db);
  storage = memoryStorage();
});

async function draft() {
  const reporter = await makeUser("REPORTER");
  const article = await createArticle(db, reporter, sampleFields());
  return { reporter, article };
}

describe("uploadMedia", () => {
  it("stores the re-encoded picture and its sizes, records it, and adds a photo slot to the article", async () => {
    const { reporter, article } = await draft();
    const result = await uploadMedia(db, reporter, { bytes: await jpeg(), fileName: "C:\\Users\\me\\现场.jpg", articleId: article.id }, deps());
    expect(result).toMatchObject({ width: 800, height: 600, variants: [{ width: 320 }, { width: 640 }, { width: 800 }] });

    const media = await db.media.findUniqueOrThrow({ where: { id: result.id } });
    expect(media).toMatchObject({ originalName: "现场.jpg", mimeType: "image/jpeg", uploadedById: reporter.id });
    expect([...storage.objects.keys()].sort()).toEqual([`${media.key}/320`, `${media.key}/640`, `${media.key}/800`, `${media.key}/original`]);
    expect(storage.objects.get(`${media.key}/640`)?.contentType).toBe("image/webp");

    const photos = await listArticlePhotos(db, article.id);
    expect(photos).toMatchObject([{ id: result.photoId, position: 0, caption: "", credit: null, alt: null, media: { id: media.id } }]);
  });

  it("puts a picture into an imported caption-only slot, keeping its caption", async () => {
    const { reporter, article } = await draft();
    const slot = await db.articlePhoto.create({ data: { articleId: article.id, position: 0, caption: "图为会议现场。" } });
    const result = await uploadMedia(db, reporter, { bytes: await jpeg(), fileName: "a.jpg", articleId: article.id, photoId: slot.id, credit: "郭坤 摄" }, deps());
    expect(result.photoId).toBe(slot.id);
    expect(await db.articlePhoto.findUniqueOrThrow({ where: { id: slot.id } })).toMatchObject({ caption: "图为会议现场。", credit: "郭坤 摄", alt: null, mediaId: result.id });
  });

  it("refuses a picture for someone else's draft before storing anything", async () => {
    const { article } = await draft();
    const other = await makeUser("REPORTER");
    await expect(uploadMedia(db, other, { bytes: await jpeg(), fileName: "a.jpg", articleId: article.id }, deps())).rejects.toMatchObject({ code: "forbidden" });
    expect(storage.objects.size).toBe(0);
    expect(await db.media.count()).toBe(0);
  });

  it("refuses a non-image and leaves no row and no file", async () => {
    const { reporter, article } = await draft();
    await expect(uploadMedia(db, reporter, { bytes: Buffer.from("not a picture"), fileName: "x.jpg", articleId: article.id }, deps())).rejects.toMatchObject({ code: "upload_not_image" });
    expect(storage.objects.size).toBe(0);
    expect(await db.media.count()).toBe(0);
    expect(await db.articlePhoto.count()).toBe(0);
  });

  it("removes the stored files when the database refuses the row", async () => {
    const { reporter, article } = await draft();
    await expect(uploadMedia(db, reporter, { bytes: await jpeg(), fileName: "a.jpg", articleId: article.id, photoId: "no-such-slot" }, deps())).rejects.toMatchObject({ code: "not_found" });
    expect(storage.objects.size).toBe(0);
    expect(await db.media.count()).toBe(0);
  });

  it("on a scheduled article, accepts only a photo with caption, credit and alt text", async () => {
    const { reporter, article } = await draft();
    const editor = await makeUser("EDITOR");
    await transition(db, reporter, { articleId: article.id, name: "submit", expectedVersion: 1 });
    await transition(db, editor, { articleId: article.id, name: "schedule", expectedVersion: 2, publishAt: new Date(Date.now() + 3_600_000) });
    await expect(uploadMedia(db, editor, { bytes: await jpeg(), fileName: "a.jpg", articleId: article.id, caption: "现场" }, deps())).rejects.toMatchObject({
      code: "invalid_input",
      message: "photo_details_required",
    });
    const complete = { caption: "现场", credit: "郭坤 摄", alt: "会议室里坐满了参会人员" };
    await expect(uploadMedia(db, editor, { bytes: await jpeg(), fileName: "a.jpg", articleId: article.id, ...complete }, deps())).resolves.toMatchObject({ width: 800 });
  });
});

describe("photo details", () => {
  it("are saved and removed by who may edit the article, and by nobody else", async () => {
    const { reporter, article } = await draft();
    const { photoId } = await uploadMedia(db, reporter, { bytes: await jpeg(), fileName: "a.jpg", articleId: article.id }, deps());
    const other = await makeUser("REPORTER");
    const details = { photoId: photoId!, caption: " 图为会议现场。 ", credit: "郭坤 摄", alt: "" };
    await expect(savePhotoDetails(db, other, details)).rejects.toMatchObject({ code: "forbidden" });
    await savePhotoDetails(db, reporter, details);
    expect(await db.articlePhoto.findUniqueOrThrow({ where: { id: photoId! } })).toMatchObject({ caption: "图为会议现场。", credit: "郭坤 摄", alt: null });
    await expect(removePhoto(db, other, photoId!)).rejects.toMatchObject({ code: "forbidden" });
    await removePhoto(db, reporter, photoId!);
    expect(await db.articlePhoto.count()).toBe(0);
    expect(await db.media.count()).toBe(1); // still in the library
  });

  it("removed twice at once: one removal happens, the other is told the slot is gone", async () => {
    const { reporter, article } = await draft();
    const { photoId } = await uploadMedia(db, reporter, { bytes: await jpeg(), fileName: "a.jpg", articleId: article.id }, deps());
    const results = await Promise.allSettled([removePhoto(db, reporter, photoId!), removePhoto(db, reporter, photoId!)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "not_found" } });
  });
});

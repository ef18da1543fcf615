// The body's picture picker: a library picture joins the article's photos.
import { beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/save";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { bypassStatusGuard } from "@/lib/testing/status";
import { attachLibraryPhoto, listArticlePhotos } from "./photos";

const db = testDb();
beforeEach(() => resetDatabase(db));

async function setup() {
  const [reporter, other] = await Promise.all([makeUser("REPORTER"), makeUser("REPORTER")]);
  const { id } = await createArticle(db, reporter, sampleFields());
  const media = await db.media.create({
    data: { key: "c".repeat(32), originalName: "park.jpg", mimeType: "image/jpeg", width: 640, height: 480, bytes: 5000, variants: [{ width: 640, height: 480, bytes: 3000 }], uploadedById: other.id },
  });
  await db.articlePhoto.create({ data: { articleId: id, position: 0, caption: "图片待上传的说明" } });
  return { reporter, other, id, media };
}

describe("attachLibraryPhoto", () => {
  it("adds a library picture as the article's last photo, once", async () => {
    const { reporter, id, media } = await setup();
    const photo = await attachLibraryPhoto(db, reporter, { articleId: id, mediaId: media.id });
    expect(photo).toMatchObject({ position: 1, caption: "", media: { id: media.id } });
    expect(await attachLibraryPhoto(db, reporter, { articleId: id, mediaId: media.id })).toEqual(photo);
    expect((await listArticlePhotos(db, id)).map((p) => p.media?.id ?? null)).toEqual([null, media.id]);
  });

  it("is for those who may edit the article, and not for a scheduled one, which would go out with a bare photo", async () => {
    const { other, id, media, reporter } = await setup();
    await expect(attachLibraryPhoto(db, other, { articleId: id, mediaId: media.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(attachLibraryPhoto(db, reporter, { articleId: id, mediaId: "nope" })).rejects.toMatchObject({ code: "not_found" });
    await bypassStatusGuard(db, (tx) => tx.article.update({ where: { id }, data: { status: "SCHEDULED", publishedAt: new Date(Date.now() + 3_600_000) } }));
    const editor = await makeUser("EDITOR");
    await expect(attachLibraryPhoto(db, editor, { articleId: id, mediaId: media.id })).rejects.toMatchObject({ code: "invalid_input" });
    expect(await listArticlePhotos(db, id)).toHaveLength(1);
  });
});

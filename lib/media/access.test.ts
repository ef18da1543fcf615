// Who gets a picture from /media/<id>/<size> (app/media/[id]/[size]/route.ts).
import { beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/save";
import type { Actor } from "@/lib/auth/policy";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { bypassStatusGuard } from "@/lib/testing/status";
import { transition } from "@/lib/workflow/transition";
import { findServableMedia, sizeFor } from "./access";

const db = testDb();
beforeEach(() => resetDatabase(db));

const anonymous = async () => null;
const as = (actor: Actor) => async () => actor;
const complete = { caption: "图为会议现场。", credit: "郭坤 摄", alt: "参会人员坐满会议室" };
const variants = [{ width: 320, height: 240, bytes: 900 }, { width: 640, height: 480, bytes: 3000 }];

async function articleWithPicture() {
  const reporter = await makeUser("REPORTER");
  const editor = await makeUser("EDITOR");
  const article = await createArticle(db, reporter, sampleFields());
  const media = await db.media.create({
    data: { key: "a".repeat(32), originalName: "a.jpg", mimeType: "image/jpeg", width: 640, height: 480, bytes: 5000, variants, uploadedById: reporter.id },
  });
  await db.articlePhoto.create({ data: { articleId: article.id, position: 0, mediaId: media.id, ...complete } });
  await transition(db, reporter, { articleId: article.id, name: "submit", expectedVersion: 1 });
  return { reporter, editor, article, media };
}

describe("findServableMedia", () => {
  it("refuses a draft's picture to an anonymous request, and to a guessed id", async () => {
    const { media } = await articleWithPicture();
    expect(await findServableMedia(db, media.id, anonymous)).toBeNull();
    expect(await findServableMedia(db, "c" + media.id.slice(1), anonymous)).toBeNull();
  });

  it("serves a draft's picture to signed-in staff, privately", async () => {
    const { media } = await articleWithPicture();
    const otherReporter = await makeUser("REPORTER");
    expect(await findServableMedia(db, media.id, as(otherReporter))).toMatchObject({ key: media.key, public: false, variants });
  });

  it("serves a live article's picture to anyone, publicly, without asking for the session", async () => {
    const { editor, article, media } = await articleWithPicture();
    await transition(db, editor, { articleId: article.id, name: "publish", expectedVersion: 2 });
    const noSession = async () => {
      throw new Error("the session should not be read for a public picture");
    };
    expect(await findServableMedia(db, media.id, noSession)).toMatchObject({ mimeType: "image/jpeg", public: true });
  });

  it("refuses the picture of an article scheduled for later, and of a retracted one", async () => {
    const { editor, article, media } = await articleWithPicture();
    const publishAt = new Date(Date.now() + 3_600_000);
    await transition(db, editor, { articleId: article.id, name: "schedule", expectedVersion: 2, publishAt });
    expect(await findServableMedia(db, media.id, anonymous)).toBeNull();
    expect(await findServableMedia(db, media.id, anonymous, new Date(publishAt.getTime() + 1000))).toMatchObject({ public: true });

    // Not a move the table has (a scheduled article is returned, not retracted): a fixture.
    await bypassStatusGuard(db, (tx) => tx.article.update({ where: { id: article.id }, data: { status: "RETRACTED" } }));
    expect(await findServableMedia(db, media.id, anonymous, new Date(publishAt.getTime() + 1000))).toBeNull();
  });
});

describe("sizeFor", () => {
  const media = { key: "k", mimeType: "image/jpeg", variants, public: true };
  it("accepts only the stored widths and the original", () => {
    expect(sizeFor(media, "320")).toBe(320);
    expect(sizeFor(media, "original")).toBe("original");
    for (const size of ["1024", "0320", "../x", "320.webp", ""]) expect(sizeFor(media, size), size).toBeNull();
  });
});

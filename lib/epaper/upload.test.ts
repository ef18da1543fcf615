// Uploading a printed page (数字报) and editing its regions, against the
// database and an in-memory media storage: what is stored, what is proposed,
// what is refused (and that a refusal stores nothing), who may.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/save";
import type { PrintedStory } from "@/lib/demo/printed-page";
import { createFromImport } from "@/lib/import/create";
import { memoryStorage } from "@/lib/media/memory-storage";
import { diskStorage } from "@/lib/media/storage";
import { encryptedPdf, manyPages, printSamplePage, SAMPLE_STORIES } from "@/lib/testing/epaper";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { deskEditions } from "./desk";
import { saveRegions } from "./regions";
import { uploadPage } from "./upload";

const db = testDb();
const DATE = "2021-11-02";
let pdf: Uint8Array;

beforeAll(async () => {
  ({ pdf } = await printSamplePage());
}, 60_000);
beforeEach(() => resetDatabase(db));

const imported = (s: PrintedStory) => ({
  kicker: s.kicker,
  headline: s.headline,
  subheadline: s.subheadline,
  dateline: "本报讯",
  contributors: [{ name: "郭坤", role: "REPORTER" as const, credit: "TEXT" as const }],
  type: "NEWS" as const,
  column: null,
  paragraphs: s.paragraphs,
  captions: s.photos,
});

/** The sample page's first three stories published on 第03版; its commentary still a draft placed on that page. */
async function newsroom() {
  const chief = await makeUser("CHIEF_EDITOR");
  const editor = await makeUser("EDITOR");
  const reporter = await makeUser("REPORTER");
  const published = await createFromImport(db, chief, {
    articles: SAMPLE_STORIES.slice(0, 3).map(imported),
    sectionId: null,
    mode: "publish",
    edition: { date: DATE, pageNumber: 3, pageName: "开发区" },
  });
  const commentary = SAMPLE_STORIES[3]!;
  const draft = await createArticle(db, reporter, sampleFields({ headline: commentary.headline, body: commentary.paragraphs.join("\n\n") }));
  await db.article.update({ where: { id: draft.id }, data: { editionDate: new Date(`${DATE}T00:00:00Z`), pageNumber: 3 } });
  return { chief, editor, reporter, published: published.map((a) => a.id), draft: draft.id };
}

const deps = (storage = memoryStorage()) => ({ storage, maxBytes: 5 * 1024 * 1024 });
const upload = (bytes: Uint8Array, extra: { number?: number; several?: boolean } = {}) => ({ bytes, fileName: "C:\\layout\\0302-开发区.pdf", editionDate: DATE, number: 3, ...extra });

describe("uploadPage", () => {
  it("stores the page images and the PDF, and proposes a region for each published story of the page, never for a draft", async () => {
    const { editor, published, draft } = await newsroom();
    const { storage, maxBytes } = deps();
    const [result] = await uploadPage(db, editor, upload(pdf), { storage, maxBytes });
    expect(result).toMatchObject({ number: 3, found: 3, missing: 0 });

    const page = await db.editionPage.findUniqueOrThrow({ where: { id: result!.id }, include: { regions: true } });
    expect(page).toMatchObject({ number: 3, sourceType: "application/pdf", originalName: "0302-开发区.pdf", pdfBytes: pdf.length, width: 2400, hasText: true, uploadedById: editor.id });
    expect([...storage.objects.keys()].sort()).toEqual([`${page.key}/1200`, `${page.key}/2400`, `${page.key}/300`, `${page.key}/600`, `${page.key}/800`, `${page.key}/pdf`]);
    expect(storage.objects.get(`${page.key}/pdf`)).toMatchObject({ contentType: "application/pdf" });
    expect(Buffer.compare(storage.objects.get(`${page.key}/pdf`)!.bytes, Buffer.from(pdf))).toBe(0);
    expect(storage.objects.get(`${page.key}/1200`)!.contentType).toBe("image/webp");

    expect(page.regions.map((r) => r.articleId).sort()).toEqual([...published].sort());
    expect(page.regions.some((r) => r.articleId === draft)).toBe(false);
  }, 60_000);

  it("replaces the page uploaded before: a new page with new files, the old files deleted", async () => {
    const { editor } = await newsroom();
    const { storage, maxBytes } = deps();
    const [first] = await uploadPage(db, editor, upload(pdf), { storage, maxBytes });
    const oldKey = (await db.editionPage.findUniqueOrThrow({ where: { id: first!.id } })).key;
    const [second] = await uploadPage(db, editor, upload(pdf), { storage, maxBytes });
    expect(second!.id).not.toBe(first!.id);
    expect(await db.editionPage.count()).toBe(1);
    expect(await db.pageRegion.count({ where: { pageId: first!.id } })).toBe(0);
    expect([...storage.objects.keys()].some((key) => key.startsWith(oldKey))).toBe(false);
    expect(storage.objects.size).toBe(6);
  }, 60_000);

  it("stores nothing for a refused file, and the page uploaded before stays as it was", async () => {
    const { editor, reporter } = await newsroom();
    const { storage, maxBytes } = deps();
    const [before] = await uploadPage(db, editor, upload(pdf), { storage, maxBytes });
    const objects = [...storage.objects.keys()].sort();

    const refusals: [string, Uint8Array, Partial<{ several: boolean; number: number }>][] = [
      ["page_file_not_page", new TextEncoder().encode("<html>not a page</html>"), {}],
      ["page_file_encrypted", encryptedPdf(), {}],
      ["page_file_unreadable", pdf.slice(0, 2000), {}],
      ["page_file_several_pages", await manyPages(pdf, 2), {}],
      ["page_file_too_many_pages", await manyPages(pdf, 2), { several: true, number: 999 }],
    ];
    for (const [reason, bytes, extra] of refusals) {
      await expect(uploadPage(db, editor, upload(bytes, extra), { storage, maxBytes }), reason).rejects.toMatchObject({ code: "invalid_input", message: reason });
    }
    await expect(uploadPage(db, editor, upload(pdf), { storage, maxBytes: 1000 })).rejects.toMatchObject({ message: "page_file_too_large" });
    await expect(uploadPage(db, reporter, upload(pdf), { storage, maxBytes })).rejects.toMatchObject({ code: "forbidden" });

    expect([...storage.objects.keys()].sort()).toEqual(objects);
    expect(await db.editionPage.findMany({ select: { id: true } })).toEqual([{ id: before!.id }]);
  }, 90_000);

  it("takes a PDF of several pages, when meant, as this page and the next, each with a one-page PDF of its own", async () => {
    const { editor } = await newsroom();
    const { storage, maxBytes } = deps();
    const results = await uploadPage(db, editor, upload(await manyPages(pdf, 2), { several: true }), { storage, maxBytes });
    // Page 4 has no stories yet: nothing to find on it.
    expect(results.map(({ number, found }) => ({ number, found }))).toEqual([{ number: 3, found: 3 }, { number: 4, found: 0 }]);
    for (const page of await db.editionPage.findMany()) {
      const single = await PDFDocument.load(storage.objects.get(`${page.key}/pdf`)!.bytes);
      expect(single.getPageCount()).toBe(1);
    }
  }, 90_000);

  it("keeps a scan as page images without a PDF, and with no regions, in the photos' disk storage", async () => {
    const { editor } = await newsroom();
    const dir = await mkdtemp(path.join(tmpdir(), "copydesk-pages-"));
    try {
      const scan = await sharp({ create: { width: 1600, height: 2300, channels: 3, background: "#f4f1ea" } }).png().toBuffer();
      const [result] = await uploadPage(db, editor, { ...upload(scan, { number: 5 }), fileName: "scan.png" }, { storage: diskStorage(dir), maxBytes: 5 * 1024 * 1024 });
      // Page 5 has no stories: nothing to find, nothing missing.
      expect(result).toMatchObject({ number: 5, found: 0, missing: 0 });
      const page = await db.editionPage.findUniqueOrThrow({ where: { id: result!.id } });
      expect(page).toMatchObject({ sourceType: "image/png", pdfBytes: 0, width: 1600, hasText: false });
      // One folder per page under its random key; each file with its content type beside it.
      expect((await readdir(path.join(dir, page.key))).sort()).toEqual(["1200", "1200.type", "1600", "1600.type", "300", "300.type", "600", "600.type", "800", "800.type"]);
      expect(await readFile(path.join(dir, page.key, "800.type"), "utf8")).toBe("image/webp");

      // The desk's list of editions: pages with stories, and pages uploaded without any yet.
      expect(await deskEditions(db)).toEqual([
        { date: DATE, pages: [{ number: 3, name: "开发区", stories: 4, uploaded: false }, { number: 5, name: null, stories: 0, uploaded: true }] },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("saveRegions", () => {
  it("replaces the page's regions; a region may link to any story of the page, not to another page's", async () => {
    const { editor, reporter, chief, draft, published } = await newsroom();
    const [page] = await uploadPage(db, editor, upload(pdf), deps());
    const regions = [
      { x: 100, y: 200, width: 3000, height: 1500, articleId: published[0]! },
      { x: 5000, y: 5000, width: 2000, height: 1000, articleId: draft },
      { x: 0, y: 9000, width: 10000, height: 1000, articleId: null },
    ];
    expect(await saveRegions(db, editor, page!.id, regions)).toEqual({ editionDate: DATE, number: 3, regions: 3 });
    const saved = await db.pageRegion.findMany({ where: { pageId: page!.id }, orderBy: { y: "asc" }, select: { x: true, y: true, width: true, height: true, articleId: true } });
    expect(saved).toEqual(regions);

    const elsewhere = await createArticle(db, reporter, sampleFields({ headline: "别的版面的稿件" }));
    await expect(saveRegions(db, editor, page!.id, [{ ...regions[0]!, articleId: elsewhere.id }])).rejects.toMatchObject({ message: "region_story_unknown" });
    await expect(saveRegions(db, reporter, page!.id, [])).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.pageRegion.count({ where: { pageId: page!.id } })).toBe(3);

    // Uploaded again meanwhile: the regions were drawn on the old image.
    await uploadPage(db, chief, upload(pdf), deps());
    await expect(saveRegions(db, editor, page!.id, regions)).rejects.toMatchObject({ message: "page_replaced" });
  }, 90_000);
});

// A printed page, uploaded: checked (check.ts), drawn (render.ts), its
// published stories found on it (hotspots.ts), its files stored under a
// fresh random key and recorded as the edition's page, replacing the page
// uploaded before. Nothing is stored until every check has passed, and a
// failure while recording removes the files again.
import { PDFDocument } from "pdf-lib";
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { newMediaKey, type MediaStorage } from "@/lib/media/storage";
import { checkPageFile, PageRefused, SOURCE_TYPES } from "./check";
import { pageFileKeys, pageObjectKey } from "./files";
import { findHotspots } from "./hotspots";
import { MAX_PAGES, renderPdf, renderScan, type RenderedPage } from "./render";
import { pageStories } from "./stories";
import { readPageVariants } from "./urls";

/** The highest page number an edition may have (第999版). */
export const MAX_PAGE_NUMBER = 999;

export interface PageUploadInput {
  bytes: Uint8Array;
  fileName: string;
  /** YYYY-MM-DD */
  editionDate: string;
  /** The page the file is; with `several`, the page its first page is. */
  number: number;
  /** A PDF of several pages is the edition's pages in order, from `number` on. */
  several?: boolean;
}

export interface PageUploadDeps {
  storage: MediaStorage;
  maxBytes: number;
}

export interface UploadedPage {
  id: string;
  number: number;
  /** Stories of the page found on it, and those not found (of the page's published stories). */
  found: number;
  missing: number;
}

interface Prepared {
  number: number;
  key: string;
  pdf: Uint8Array | null;
  page: RenderedPage;
}

export async function uploadPage(db: Db, actor: Actor, input: PageUploadInput, deps: PageUploadDeps): Promise<UploadedPage[]> {
  authorize(actor, "page:manage");
  const source = checkPageFile(input.bytes, deps.maxBytes);
  // No page past 第999版: a file with more pages than are left is refused before it is drawn.
  const maxPages = Math.min(MAX_PAGES, MAX_PAGE_NUMBER - input.number + 1);
  const rendered = source === "pdf" ? await renderPdf(input.bytes, { several: input.several, maxPages }) : [await renderScan(input.bytes)];
  const pdfs = source !== "pdf" ? rendered.map(() => null) : rendered.length === 1 ? [input.bytes] : await splitPdf(input.bytes);
  const prepared: Prepared[] = rendered.map((page, i) => ({ number: input.number + i, key: newMediaKey(), pdf: pdfs[i] ?? null, page }));

  const written = prepared.flatMap((p) => pageFileKeys(p.key, p.page.images.map((image) => image.width), p.pdf !== null));
  await Promise.all(
    prepared.flatMap((p) => [
      ...p.page.images.map((image) => deps.storage.put(pageObjectKey(p.key, image.width), image.data, "image/webp")),
      ...(p.pdf ? [deps.storage.put(pageObjectKey(p.key, "pdf"), Buffer.from(p.pdf), "application/pdf")] : []),
    ]),
  ).catch(async (error: unknown) => {
    await removeFiles(deps.storage, written);
    throw error;
  });

  const day = new Date(`${input.editionDate}T00:00:00Z`);
  let replaced: string[] = [];
  let results: UploadedPage[];
  try {
    ({ replaced, results } = await db.$transaction(async (tx) => {
      const old = await tx.editionPage.findMany({ where: { editionDate: day, number: { in: prepared.map((p) => p.number) } } });
      await tx.editionPage.deleteMany({ where: { id: { in: old.map((o) => o.id) } } });
      const results: UploadedPage[] = [];
      for (const p of prepared) {
        // The page's stories that readers see or will see: a draft is never proposed.
        const stories = await pageStories(tx, input.editionDate, p.number, { published: true });
        const { hotspots, missing } = findHotspots(p.page.text, p.page, stories);
        const row = await tx.editionPage.create({
          data: {
            editionDate: day,
            number: p.number,
            key: p.key,
            sourceType: SOURCE_TYPES[source],
            originalName: cleanName(input.fileName),
            pdfBytes: p.pdf?.length ?? 0,
            width: p.page.width,
            height: p.page.height,
            variants: p.page.images.map((image) => ({ width: image.width, height: image.height, bytes: image.data.length })),
            hasText: p.page.text.length > 0,
            uploadedById: actor.id,
            regions: { create: hotspots },
          },
          select: { id: true },
        });
        results.push({ id: row.id, number: p.number, found: hotspots.length, missing: missing.length });
      }
      return { replaced: old.flatMap((o) => pageFileKeys(o.key, readPageVariants(o.variants).map((v) => v.width), o.pdfBytes > 0)), results };
    }, { timeout: 30_000 }));
  } catch (error) {
    // No row points at the new files: do not leave them behind.
    await removeFiles(deps.storage, written);
    throw error;
  }
  // The pages they replace are gone from the database; their files follow.
  await removeFiles(deps.storage, replaced);
  return results;
}

/** Each page of a PDF as a PDF of its own, for download page by page. */
async function splitPdf(bytes: Uint8Array): Promise<Uint8Array[]> {
  const source = await PDFDocument.load(bytes).catch((error: Error) => {
    throw new PageRefused("page_file_unreadable", error.message);
  });
  const pages: Uint8Array[] = [];
  for (const index of source.getPageIndices()) {
    const single = await PDFDocument.create();
    const [page] = await single.copyPages(source, [index]);
    single.addPage(page);
    pages.push(await single.save());
  }
  return pages;
}

async function removeFiles(storage: MediaStorage, keys: string[]) {
  await Promise.all(keys.map((key) => storage.delete(key).catch(() => undefined)));
}

/** The uploader's file name, for the desk only: no control characters, no path, not too long. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200) || "page";
}

// Turns an uploaded page into what readers get: WebP page images at a few
// widths (the largest for zooming in, the smallest a thumbnail) and, for a
// PDF, the text layer with its positions, to find the stories on the page.
// PDF.js draws the page in a worker thread (render-worker.mjs); sharp
// encodes the images on its own threads.
import path from "node:path";
import { Worker } from "node:worker_threads";
import sharp, { type Sharp } from "sharp";
import { PageRefused, type PageRefusal } from "./check";
import { PAGE_WIDTHS } from "./urls";

/** A run of text on the page, in pixels of the largest image from its top left. */
export interface TextItem {
  s: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PageImage {
  width: number;
  height: number;
  data: Buffer;
}

export interface RenderedPage {
  /** The largest image's size; the text's coordinates are in it. */
  width: number;
  height: number;
  /** WebP, smallest first. */
  images: PageImage[];
  text: TextItem[];
}

export interface RenderOptions {
  /** Whether a PDF of several pages is wanted (each page one of the edition's); else it is refused. */
  several?: boolean;
  maxPages?: number;
  /** A file that takes longer than this to draw is refused. */
  timeoutMs?: number;
}

/** The most pages one upload may hold: a thick weekend edition. */
export const MAX_PAGES = 48;
/** A scan larger than this (pixels) is refused before it is decoded: 600 dpi of a broadsheet is about 80 MP. */
export const MAX_SCAN_PIXELS = 100_000_000;
// Effort 2 of 6: half the time of the default for 1–4 % more bytes.
const WEBP = { quality: 80, effort: 2 } as const;

// Loaded by path, not bundled: the server (Next.js), the scripts and the
// tests all run from the project's folder.
const WORKER = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "epaper", "render-worker.mjs");

interface WorkerPage {
  kind: "page";
  index: number;
  width: number;
  height: number;
  pixels: ArrayBuffer;
  text: TextItem[];
}
type WorkerMessage = WorkerPage | { kind: "info"; pages: number } | { kind: "done" } | { kind: "refused"; code: PageRefusal; detail?: string };

/** Every page of a PDF, drawn 2,400 px wide. */
export function renderPdf(bytes: Uint8Array, options: RenderOptions = {}): Promise<RenderedPage[]> {
  const largest = PAGE_WIDTHS[PAGE_WIDTHS.length - 1]!;
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: { data: bytes, width: largest, several: options.several ?? false, maxPages: options.maxPages ?? MAX_PAGES },
      // Canvas pixels live outside this heap; PDF.js's own objects do not.
      resourceLimits: { maxOldGenerationSizeMb: 768 },
    });
    const pages: Promise<RenderedPage>[] = [];
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) {
        // Images already being encoded are dropped with the refusal.
        for (const page of pages) page.catch(() => undefined);
        reject(error);
      } else Promise.all(pages).then(resolve, reject);
    };
    const timer = setTimeout(() => finish(new PageRefused("page_file_unreadable", "took too long to draw")), options.timeoutMs ?? 120_000);
    worker.on("message", (message: WorkerMessage) => {
      if (message.kind === "page") pages[message.index] = fromPixels(message);
      else if (message.kind === "refused") finish(new PageRefused(message.code, message.detail));
      else if (message.kind === "done") finish(null);
    });
    worker.on("error", (error) => finish(new PageRefused("page_file_unreadable", error.message)));
    worker.on("exit", () => finish(new PageRefused("page_file_unreadable", "the renderer stopped")));
  });
}

async function fromPixels({ width, height, pixels, text }: WorkerPage): Promise<RenderedPage> {
  const image = sharp(Buffer.from(pixels), { raw: { width, height, channels: 4 } }).removeAlpha();
  return { width, height, images: await encodeSizes(image, width), text };
}

/** A scanned page (JPEG or PNG): upright, re-encoded, without text. */
export async function renderScan(bytes: Uint8Array, maxPixels = MAX_SCAN_PIXELS): Promise<RenderedPage> {
  // The header says the size without decoding a pixel.
  const meta = await sharp(bytes, { limitInputPixels: false }).metadata().catch(() => null);
  if (!meta || (meta.format !== "jpeg" && meta.format !== "png") || !meta.width || !meta.height) throw new PageRefused("page_file_not_page");
  if (meta.width * meta.height > maxPixels) throw new PageRefused("page_file_too_many_pixels");
  const ratio = meta.height / meta.width;
  if (ratio < 0.25 || ratio > 4) throw new PageRefused("page_file_shape");
  try {
    const image = sharp(bytes, { limitInputPixels: maxPixels, failOn: "error" }).autoOrient().flatten({ background: "#ffffff" });
    // Turned upright, a sideways scan's width is its header's height.
    const upright = (meta.orientation ?? 1) >= 5 ? meta.height : meta.width;
    const images = await encodeSizes(image, upright);
    const top = images.at(-1)!;
    return { width: top.width, height: top.height, images, text: [] };
  } catch (error) {
    if (error instanceof PageRefused) throw error;
    throw new PageRefused("page_file_not_page", (error as Error).message);
  }
}

/** The standard widths up to the picture's own; a picture narrower than the largest also keeps its own width. */
export function pageWidths(width: number): number[] {
  const widths: number[] = PAGE_WIDTHS.filter((w) => w < width);
  if (width <= PAGE_WIDTHS[PAGE_WIDTHS.length - 1]!) widths.push(width);
  return widths;
}

async function encodeSizes(image: Sharp, width: number): Promise<PageImage[]> {
  return Promise.all(
    pageWidths(width).map(async (w) => {
      const { data, info } = await image.clone().resize({ width: w }).webp(WEBP).toBuffer({ resolveWithObject: true });
      return { width: info.width, height: info.height, data };
    }),
  );
}

// Rendering a page: PDF.js in its worker draws a printed page to WebP images
// at the page widths with its text layer; what is not a page a newspaper
// would upload is refused with the reason.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { blankPdf, encryptedPdf, manyPages, printSamplePage } from "@/lib/testing/epaper";
import { PageRefused } from "./check";
import { toLines } from "./lines";
import { pageWidths, renderPdf, renderScan, type RenderedPage } from "./render";
import { PAGE_WIDTHS } from "./urls";

let pdf: Uint8Array;
let page: RenderedPage;

beforeAll(async () => {
  ({ pdf } = await printSamplePage());
  [page] = (await renderPdf(pdf)) as [RenderedPage];
}, 60_000);

async function refusal(run: Promise<unknown>) {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(PageRefused);
  return (error as PageRefused).reason;
}

describe("renderPdf", () => {
  it("draws the page 2,400 px wide in the page's proportions, as WebP at every page width", async () => {
    expect(page.width).toBe(2400);
    // 350 × 500 mm.
    expect(page.height).toBe(Math.round((2400 * 1417) / 992));
    expect(page.images.map((i) => i.width)).toEqual([...PAGE_WIDTHS]);
    for (const image of page.images) {
      const meta = await sharp(image.data).metadata();
      expect(meta).toMatchObject({ format: "webp", width: image.width, height: image.height });
      expect(meta.hasAlpha).toBe(false);
    }
  });

  it("draws the text: the page is not blank where the headline stands", async () => {
    const headline = toLines(page.text).find((line) => line.text === "夜市经济点亮开发区")!;
    expect(headline).toBeDefined();
    const { data, info } = await sharp(page.images.at(-1)!.data)
      .extract({ left: Math.round(headline.x), top: Math.round(headline.y), width: Math.round(headline.width), height: Math.round(headline.height) })
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const dark = data.filter((v) => v < 128).length / (info.width * info.height);
    expect(dark).toBeGreaterThan(0.1);
  });

  it("reads the text layer with positions in the page's pixels", () => {
    const all = page.text.map((t) => t.s).join("");
    expect(all).toContain("开发区");
    expect(all).toContain("黄河路改造工程完工通车");
    for (const item of page.text) {
      expect(item.x).toBeGreaterThanOrEqual(0);
      expect(item.x + item.w).toBeLessThanOrEqual(page.width + 1);
      expect(item.y + item.h).toBeLessThanOrEqual(page.height + 1);
    }
  });

  it("refuses a PDF of several pages unless each page is meant, and then draws each", async () => {
    const two = await manyPages(pdf, 2);
    expect(await refusal(renderPdf(two))).toBe("page_file_several_pages");
    const pages = await renderPdf(two, { several: true });
    expect(pages).toHaveLength(2);
    expect(pages[1]!.text.length).toBe(page.text.length);
    expect(await refusal(renderPdf(two, { several: true, maxPages: 1 }))).toBe("page_file_too_many_pages");
  }, 60_000);

  it("refuses an encrypted PDF, a damaged one, and a page far from paper proportions", async () => {
    expect(await refusal(renderPdf(encryptedPdf()))).toBe("page_file_encrypted");
    expect(await refusal(renderPdf(new TextEncoder().encode("%PDF-1.7\nnothing else")))).toBe("page_file_unreadable");
    expect(await refusal(renderPdf(pdf.slice(0, Math.floor(pdf.length / 3))))).toBe("page_file_unreadable");
    expect(await refusal(renderPdf(await blankPdf(100, 1000)))).toBe("page_file_shape");
  });
});

describe("renderScan", () => {
  const scan = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#f4f1ea" } }).jpeg().toBuffer();

  it("makes the page widths up to the scan's own, with no text", async () => {
    const out = await renderScan(await scan(1000, 1400));
    expect(out.images.map((i) => i.width)).toEqual([300, 600, 800, 1000]);
    expect(out).toMatchObject({ width: 1000, height: 1400, text: [] });
    expect(pageWidths(5000)).toEqual([...PAGE_WIDTHS]);
  });

  it("refuses a pixel flood before decoding it, and a strip", async () => {
    expect(await refusal(renderScan(await scan(1000, 1400), 1_000_000))).toBe("page_file_too_many_pixels");
    expect(await refusal(renderScan(await scan(2000, 100)))).toBe("page_file_shape");
    expect(await refusal(renderScan(Buffer.from("not an image")))).toBe("page_file_not_page");
  });
});

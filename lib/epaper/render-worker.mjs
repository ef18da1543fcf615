// Renders the pages of a PDF to pixels and reads their text layer, in a
// worker thread (lib/epaper/render.ts starts it): PDF.js runs on the thread
// that calls it, and a broadsheet page takes a second or more of CPU, which
// must not stall the server's reader pages meanwhile. A worker can also be
// stopped when a file takes too long or too much memory.
//
// Plain JavaScript, loaded by path at run time: neither the Next.js build
// nor Vitest bundles it, so the same file runs under both.
//
// In (workerData): { data: Uint8Array, width: number, several: boolean, maxPages: number }
// Out (messages):  { kind: "info", pages } once, then per page
//                  { kind: "page", index, width, height, pixels: ArrayBuffer (RGBA), text: [{ s, x, y, w, h }] }
//                  (text boxes in pixels of the rendered page, from its top left),
//                  then { kind: "done" }; or { kind: "refused", code, pages? }.
import { createRequire } from "node:module";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { createCanvas } from "@napi-rs/canvas";
import { getDocument, Util } from "pdfjs-dist/legacy/build/pdf.mjs";

const root = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
// A picture inside the PDF larger than this (pixels) is not decoded: a
// decompression bomb, not a newspaper photo.
const MAX_IMAGE_PIXELS = 80_000_000;
// Pages far from paper proportions (a 1 × 100 strip) would make a huge canvas.
const MIN_RATIO = 0.25;
const MAX_RATIO = 4;

const { data, width: targetWidth, several, maxPages } = workerData;
const send = (message, transfer) => parentPort.postMessage(message, transfer);

async function main() {
  let document;
  try {
    document = await getDocument({
      data,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      maxImageSize: MAX_IMAGE_PIXELS,
      cMapUrl: `${root}/cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${root}/standard_fonts/`,
      wasmUrl: `${root}/wasm/`,
      verbosity: 0,
    }).promise;
  } catch (error) {
    return send({ kind: "refused", code: error?.name === "PasswordException" ? "page_file_encrypted" : "page_file_unreadable" });
  }
  try {
    // A PDF that opens without a password may still be encrypted (owner
    // password, no printing or copying allowed): not a file to republish.
    const { info } = await document.getMetadata();
    if (info?.EncryptFilterName) return send({ kind: "refused", code: "page_file_encrypted" });
    const pages = document.numPages;
    if (pages > 1 && !several) return send({ kind: "refused", code: "page_file_several_pages", pages });
    if (pages > maxPages) return send({ kind: "refused", code: "page_file_too_many_pages", pages });
    send({ kind: "info", pages });
    for (let index = 0; index < pages; index++) await renderPage(await document.getPage(index + 1), index);
    send({ kind: "done" });
  } finally {
    await document.destroy();
  }
}

async function renderPage(page, index) {
  const natural = page.getViewport({ scale: 1 });
  const ratio = natural.height / natural.width;
  if (!(ratio >= MIN_RATIO && ratio <= MAX_RATIO)) return send({ kind: "refused", code: "page_file_shape" });
  const viewport = page.getViewport({ scale: targetWidth / natural.width });
  const width = Math.round(viewport.width);
  const height = Math.round(viewport.height);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  // PDF pages are transparent where nothing is printed: paper is white.
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  await page.render({ canvas, canvasContext: context, viewport }).promise;

  const content = await page.getTextContent();
  const text = [];
  for (const item of content.items) {
    if (!("str" in item) || !item.str.trim()) continue;
    const [, , c, d, e, f] = Util.transform(viewport.transform, item.transform);
    const size = Math.hypot(c, d);
    text.push({ s: item.str, x: e, y: f - size, w: item.width * viewport.scale, h: size });
  }
  const pixels = canvas.data();
  // A copy the worker can hand over: the canvas's own memory stays with the canvas.
  const buffer = pixels.buffer.slice(pixels.byteOffset, pixels.byteOffset + pixels.byteLength);
  page.cleanup();
  send({ kind: "page", index, width, height, pixels: buffer, text }, [buffer]);
}

main().catch((error) => send({ kind: "refused", code: "page_file_unreadable", detail: String(error?.message ?? error) }));

// 数字报 (issue 18, "Measure"): what a printed page costs.
//   1. The demo seed with and without its printed page (the cost every test
//      run and first `npm start` pays).
//   2. Rendering a broadsheet page PDF (350 × 500 mm, the demo's 第03版 from
//      the seed's stories; again with a real photo in each picture's place)
//      to its image set: time and the process's peak memory, each render in a
//      process of its own, next to that process's floor (modules loaded, no render).
//   3. Finding the stories on it (hotspots): time per page.
//   4. The reader's page at phone width (390 px, device pixel ratio 3 and 2,
//      no JavaScript): HTML and image bytes on the wire; Lighthouse (mobile).
//
//   npm run bench:epaper [-- --runs 5]      (needs `npx next build` for part 4)
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import sharp from "sharp";
import { formatByline } from "@/lib/articles/byline";
import { createDb } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { printPage, type PrintedStory } from "@/lib/demo/printed-page";
import { DEMO_PAGE_FILE, seedDemo } from "@/lib/demo/seed";
import { findHotspots } from "@/lib/epaper/hotspots";
import { renderPdf } from "@/lib/epaper/render";
import { importPage } from "@/lib/import";
import { fromProposal } from "@/lib/import/proposal";
import { memoryStorage } from "@/lib/media/memory-storage";
import { createTestDatabase } from "@/lib/testing/databases";
import { numberOption } from "./lib/args";
import { startServer } from "./lib/server";

const runs = numberOption("runs", 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const dir = mkdtempSync(path.join(os.tmpdir(), "copydesk-bench-epaper-"));
const results: Record<string, unknown> = { runs, loadBefore: os.loadavg() };

// 1. The seed.
async function seedOnce(withPage: boolean): Promise<number> {
  const database = await createTestDatabase("copydesk_bench_seed");
  try {
    await migrate(database.url);
    const db = createDb(database.url, { max: 2, transactionTimeout: 120_000 });
    const started = performance.now();
    await seedDemo(db, withPage ? { storage: memoryStorage() } : {});
    const ms = performance.now() - started;
    await db.$disconnect();
    await db.pool.end();
    return ms;
  } finally {
    await database.drop();
  }
}
// The first seed in a process pays for loading modules (argon2, PDF.js); the rest do not.
await seedOnce(true);
const seed = { without: [] as number[], with: [] as number[] };
for (let i = 0; i < Math.max(3, runs); i++) {
  seed.without.push(await seedOnce(false));
  seed.with.push(await seedOnce(true));
}
results.seed = { withoutMs: median(seed.without), withMs: median(seed.with) };
console.log(`\nseed, median of ${seed.with.length}: ${median(seed.without).toFixed(0)} ms without the printed page, ${median(seed.with).toFixed(0)} ms with it`);

// 2. Rendering.
const { articles } = importPage(readFileSync(DEMO_PAGE_FILE, "utf8"), { editionDate: "2021-11-02" });
const stories: PrintedStory[] = articles.map(fromProposal).map((a, i) => ({
  id: `story-${i}`,
  kicker: a.kicker ?? null,
  headline: a.headline,
  subheadline: a.subheadline ?? null,
  byline: formatByline(a.dateline, a.contributors.map((c) => ({ ...c, credit: c.credit ?? null })), "zh-CN", { commentary: a.type === "COMMENTARY" }),
  column: a.column ?? null,
  paragraphs: a.paragraphs,
  photos: a.captions ?? [],
}));
const input = { paperName: "示例日报", dateLine: "2021年11月2日 星期二", pageLabel: "第03版", pageName: "开发区", stories };
const printing = performance.now();
const plain = await printPage(input);
const printMs = performance.now() - printing;
// A press photo's worth of detail: noise compresses about as badly as a real picture.
const noise = Buffer.alloc(2400 * 1600 * 3);
for (let i = 0; i < noise.length; i++) noise[i] = Math.imul(i, 2654435761) >>> 24;
const photo = await sharp(noise, { raw: { width: 2400, height: 1600, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
const withPhotos = await printPage({ ...input, photo });
const files = { plain: path.join(dir, "plain.pdf"), photos: path.join(dir, "photos.pdf") };
writeFileSync(files.plain, plain.pdf);
writeFileSync(files.photos, withPhotos.pdf);

const once = (file: string, idle = false) =>
  JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "bench/lib/render-once.ts", file, ...(idle ? ["--idle"] : [])], { encoding: "utf8" }).trim().split("\n").at(-1)!) as {
    ms: number;
    maxRssMiB: number;
    images: { width: number; bytes: number }[];
  };
const renders: Record<string, unknown> = {};
const floor = once(files.plain, true).maxRssMiB;
console.log(`\nprinting the demo page as a PDF: ${printMs.toFixed(0)} ms (${(plain.pdf.length / 1024).toFixed(0)} KiB; with photos ${(withPhotos.pdf.length / 1024).toFixed(0)} KiB)`);
console.log(`\n| page PDF | render to 5 WebP widths, median of ${runs} (ms) | slowest (ms) | peak RSS (MiB) | process floor (MiB) | image bytes 300 / 600 / 800 / 1200 / 2400 |\n|---|---|---|---|---|---|`);
for (const [name, file] of Object.entries(files)) {
  const all = Array.from({ length: runs }, () => once(file));
  const row = {
    medianMs: median(all.map((r) => r.ms)),
    maxMs: Math.max(...all.map((r) => r.ms)),
    peakRssMiB: Math.max(...all.map((r) => r.maxRssMiB)),
    floorMiB: floor,
    images: all[0]!.images,
  };
  renders[name] = row;
  const label = name === "plain" ? `demo 第03版, text and grey boxes (${(plain.pdf.length / 1024).toFixed(0)} KiB)` : `the same with a 2400 × 1600 photo in each box (${(withPhotos.pdf.length / 1024).toFixed(0)} KiB)`;
  console.log(`| ${label} | ${row.medianMs.toFixed(0)} | ${row.maxMs.toFixed(0)} | ${row.peakRssMiB.toFixed(0)} | ${floor.toFixed(0)} | ${row.images.map((i) => `${(i.bytes / 1024).toFixed(0)} KiB`).join(" / ")} |`);
}
results.render = renders;

// 3. Hotspots.
const [page] = await renderPdf(plain.pdf);
const pageStories = stories.map((s) => ({ id: s.id, column: s.column, kicker: s.kicker, headline: s.headline, subheadline: s.subheadline, body: s.paragraphs.join("\n\n"), captions: s.photos.filter(Boolean) }));
const times: number[] = [];
let found = 0;
for (let i = 0; i < 30; i++) {
  const started = performance.now();
  found = findHotspots(page!.text, page!, pageStories).hotspots.length;
  times.push(performance.now() - started);
}
results.hotspots = { medianMs: median(times.slice(5)), found, stories: stories.length, textRuns: page!.text.length };
console.log(`\nhotspots: ${found} of ${stories.length} stories found among ${page!.text.length} text runs, ${median(times.slice(5)).toFixed(1)} ms per page (median of 25 after 5 warm-up runs)`);

// 4. The reader's page.
const server = await startServer(numberOption("port", 3795), { printedPage: true });
try {
  const pathname = "/editions/2021-11-02/pages/3";
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell", args: ["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1"] });
  const weights: Record<string, Record<string, number>> = {};
  for (const dpr of [3, 2]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: dpr, javaScriptEnabled: false, isMobile: true, locale: "zh-CN" });
    const tab = await context.newPage();
    const sizes: Promise<[string, number, string]>[] = [];
    tab.on("requestfinished", (request) => sizes.push(request.sizes().then((s) => [request.resourceType(), s.responseBodySize, request.url()])));
    await tab.goto(`${server.base}${pathname}`, { waitUntil: "load" });
    const byType: Record<string, number> = {};
    const images: string[] = [];
    for (const [type, bytes, url] of await Promise.all(sizes)) {
      byType[type] = (byType[type] ?? 0) + bytes;
      if (type === "image") images.push(`${new URL(url).pathname.split("/").pop()} px ${(bytes / 1024).toFixed(0)} KiB`);
    }
    weights[`dpr${dpr}`] = byType;
    console.log(`images fetched at device pixel ratio ${dpr}: ${images.join(", ")}`);
    await context.close();
  }
  await browser.close();
  results.weight = weights;
  console.log(`\n| reader page ${pathname} at 390 px | HTML (gzip) | images | CSS | fonts | total |\n|---|---|---|---|---|---|`);
  for (const [name, w] of Object.entries(weights)) {
    const kib = (n = 0) => `${(n / 1024).toFixed(0)} KiB`;
    const total = Object.values(w).reduce((a, b) => a + b, 0);
    console.log(`| device pixel ratio ${name.slice(3)} | ${kib(w.document)} | ${kib(w.image)} | ${kib(w.stylesheet)} | ${kib(w.font)} | ${kib(total)} |`);
  }

  const lighthouseJson = path.join(dir, "lighthouse.json");
  const lighthouse = spawnSync(process.execPath, ["bench/lighthouse.mjs", server.base, "3", pathname], { stdio: "inherit", env: { ...process.env, LIGHTHOUSE_JSON: lighthouseJson } });
  results.lighthouse = lighthouse.status === null ? null : JSON.parse(readFileSync(lighthouseJson, "utf8"));
} finally {
  await server.stop();
}

results.loadAfter = os.loadavg();
mkdirSync("bench/results", { recursive: true });
const out = path.join("bench/results", `epaper-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(out, JSON.stringify(results, null, 2));
rmSync(dir, { recursive: true, force: true });
console.log(`\nload average ${(results.loadBefore as number[]).map((n) => n.toFixed(1)).join(" ")} before, ${os.loadavg().map((n) => n.toFixed(1)).join(" ")} after; results in ${out}`);

// How long the proofreading checker takes on a 2,000- and a 10,000-character
// article with a 20,000-entry word list: on the server (Node) and in the
// browser (Chromium, the same code bundled), per check after each typed
// character; and in the desk's editor itself, served by the production
// build (`npx next build` first; --no-editor leaves it out). Also the
// checker's size in the editor's bundle.
//   npm run bench:proofread [-- --checks 300 --words 20000 --editor-checks 60 --port 3795]
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { build } from "esbuild";
import { numberOption } from "./lib/args";
import { article, wordList } from "./lib/proofread-corpus";
import { measureInEditor, type EditorRun } from "./lib/proofread-editor";
import { typeAndCheck, type TypingRun } from "./lib/proofread-typing";
import { ms, percentile } from "@/lib/testing/load/stats";

const checks = numberOption("checks", 300);
const size = numberOption("words", 20_000);
const LENGTHS = [2_000, 10_000];
const LAUNCH_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
];

async function bundle(entry: string, external: string[] = []) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: "iife", platform: "browser", target: "es2022", write: false, external, logLevel: "silent" });
  const code = result.outputFiles[0]!.text;
  return { code, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

const entries = wordList(size);
const texts = LENGTHS.map(article);

// Node can also tell CPU time: the machine's other work shows in wall time only.
const cpuClock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const server = texts.map((text) => typeAndCheck(text, entries, checks, 20, cpuClock));

const browserBundle = await bundle("bench/lib/proofread-browser.ts");
const browserChromium = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: LAUNCH_ARGS });
let browser: TypingRun[];
try {
  const page = await browserChromium.newPage();
  await page.setContent("<!doctype html><meta charset=utf-8><title>proofread</title>");
  await page.addScriptTag({ content: browserBundle.code });
  browser = await page.evaluate(
    ({ texts, entries, checks }) => {
      const { typeAndCheck } = (globalThis as unknown as { proofreadBench: { typeAndCheck: typeof import("./lib/proofread-typing").typeAndCheck } }).proofreadBench;
      return texts.map((text) => typeAndCheck(text, entries, checks));
    },
    { texts, entries, checks },
  );
} finally {
  await browserChromium.close();
}

// In the editor: typing into the desk's article page, each check after the pause in typing.
const editorChecks = numberOption("editor-checks", 60);
const editor: EditorRun[] = process.argv.includes("--no-editor")
  ? []
  : await measureInEditor({ texts, entries, checks: editorChecks, warmup: 5, port: numberOption("port", 3795), launchArgs: LAUNCH_ARGS });

// The checker as the editor would import it, with and without OpenCC's tables.
const checker = await bundle("lib/proofread/index.ts");
const withoutOpencc = await bundle("lib/proofread/index.ts", ["opencc-js", "opencc-js/*"]);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const summarise = (where: string, runs: TypingRun[]) =>
  runs.map((r) => ({
    where, length: r.length, compileMs: r.compileMs, firstMs: r.firstMs, findings: r.findings,
    p50: percentile(r.samplesMs, 0.5), p95: percentile(r.samplesMs, 0.95), max: percentile(r.samplesMs, 1),
    cpuP50: r.cpuMs ? percentile(r.cpuMs, 0.5) : NaN, cpuP95: r.cpuMs ? percentile(r.cpuMs, 0.95) : NaN,
  }));
const results = [...summarise("server (Node " + process.version + ")", server), ...summarise("browser (Chromium)", browser)];

console.log(`\nword list: ${entries.length.toLocaleString("en")} entries; ${checks} checks per article after 20 warm-up, one character typed before each\n`);
console.log("| where | article | compile word list | first check | p50 | p95 | max | CPU p50 / p95 | findings |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const r of results) {
  const cpu = Number.isNaN(r.cpuP50) ? "–" : `${ms(r.cpuP50)} / ${ms(r.cpuP95)}`;
  console.log(`| ${r.where} | ${r.length.toLocaleString("en")} chars | ${ms(r.compileMs)} | ${ms(r.firstMs)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${cpu} | ${r.findings} |`);
}
if (editor.length) {
  console.log(`\nin the desk's editor (production build, Chromium): ${editorChecks} checks per article after 5 warm-up, one character typed before each; the check of every field and the body's underlines\n`);
  console.log("| article | compile word list | first check | p50 | p95 | max | panel |");
  console.log("|---|---|---|---|---|---|---|");
  for (const r of editor) {
    console.log(`| ${r.length.toLocaleString("en")} chars | ${ms(r.compileMs)} | ${ms(r.firstMs)} | ${ms(percentile(r.samplesMs, 0.5))} | ${ms(percentile(r.samplesMs, 0.95))} | ${ms(percentile(r.samplesMs, 1))} | ${r.findings} |`);
  }
}
console.log(`\nbundle (esbuild, minified): checker ${kb(checker.bytes)} / ${kb(checker.gzip)} gzip; without OpenCC ${kb(withoutOpencc.bytes)} / ${kb(withoutOpencc.gzip)} gzip; OpenCC's share ${kb(checker.gzip - withoutOpencc.gzip)} gzip`);

const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, load: os.loadavg(), node: process.version };
await mkdir(path.join("bench", "results"), { recursive: true });
const file = path.join("bench", "results", "proofread.json");
const bundleSizes = { checker: { bytes: checker.bytes, gzip: checker.gzip }, withoutOpencc: { bytes: withoutOpencc.bytes, gzip: withoutOpencc.gzip } };
const inEditor = editor.map((r) => ({ length: r.length, compileMs: r.compileMs, firstMs: r.firstMs, p50: percentile(r.samplesMs, 0.5), p95: percentile(r.samplesMs, 0.95), max: percentile(r.samplesMs, 1), panel: r.findings }));
await writeFile(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), words: entries.length, checks, machine, results, editor: inEditor, bundle: bundleSizes }, null, 2)}\n`);
console.log(`load average at the end: ${machine.load.map((l) => l.toFixed(2)).join(" ")}; saved ${file}`);

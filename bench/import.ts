// Archive import at scale: 1,000 generated pages (125 daily files of eight
// pages) imported with the CLI into a fresh database, published into their
// editions. Reports pages per second and the importer process's peak memory
// (its own maxRSS, printed in the CLI's summary), next to two baselines from
// the same run: analysing the same pages without a database, and the CLI's
// second run over them (every page skipped by its hash).
//
//   npm run bench:import [-- --pages 1000]
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { importPages } from "@/lib/import";
import { createTestDatabase } from "@/lib/testing/databases";
import { writeArchive } from "./lib/archive-pages";
import { numberOption } from "./lib/args";

const pages = numberOption("pages", 1000);
const folder = await mkdtemp(path.join(os.tmpdir(), "copydesk-bench-import-"));
const database = await createTestDatabase("copydesk_bench_import");
const loadBefore = os.loadavg();

try {
  const files = await writeArchive(folder, pages);
  console.log(`${pages} pages in ${files.length} files under ${folder}`);

  // Baseline 1: the importer alone, in this process.
  const texts = await Promise.all(files.map((f) => readFile(f, "utf8")));
  const analysing = performance.now();
  let analysed = 0;
  let stories = 0;
  for (const text of texts) {
    for (const page of importPages(text)) {
      analysed++;
      stories += page.articles.length;
    }
  }
  const analysisSeconds = (performance.now() - analysing) / 1000;

  await migrate(database.url);
  const db = createDb(database.url);
  await db.user.create({ data: { email: "chief@bench.test", name: "总编辑", role: "CHIEF_EDITOR", passwordHash: "x" } });
  await db.section.create({ data: { slug: "news", nameZh: "要闻", nameEn: "News", position: 1 } });

  const first = await runCli(database.url, folder);
  const second = await runCli(database.url, folder);
  const recorded = await db.importedPage.count();
  const articles = await db.article.count();
  await db.$disconnect();

  const rows = [
    ["analysis only (no database, in process)", `${(analysed / analysisSeconds).toFixed(1)} pages/s`, `${analysisSeconds.toFixed(1)} s`, "—"],
    ["CLI import, first run", `${first.pagesPerSecond} pages/s`, `${first.wall.toFixed(1)} s wall (${first.seconds} s in the run)`, `${first.peak} MiB`],
    ["CLI import, second run (all skipped)", `${second.pagesPerSecond} pages/s`, `${second.wall.toFixed(1)} s wall (${second.seconds} s in the run)`, `${second.peak} MiB`],
  ];
  console.log("\n| way | throughput | time | peak RSS |\n|---|---|---|---|");
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  console.log(`\n${first.pagesLine}\n${first.storiesLine}\n${first.guessedLine}\n${second.pagesLine}`);
  console.log(`database: ${recorded} pages recorded, ${articles} articles (analysis found ${stories} stories in ${analysed} pages)`);

  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadBefore, loadAfter: os.loadavg(), node: process.version };
  console.log(`load average before ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, after ${machine.loadAfter.map((l) => l.toFixed(2)).join(" ")}`);
  await mkdir(path.join("bench", "results"), { recursive: true });
  const file = path.join("bench", "results", `import-${pages}.json`);
  await writeFile(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), pages, machine, analysis: { pages: analysed, stories, seconds: analysisSeconds }, first, second, recorded, articles }, null, 2)}\n`);
  console.log(`saved ${file}`);
  if (recorded !== pages || articles !== stories || first.code !== 0 || second.code !== 0) {
    console.error(`✖ expected ${pages} pages and ${stories} articles with both runs succeeding`);
    process.exitCode = 1;
  }
} finally {
  await database.drop();
  await rm(folder, { recursive: true, force: true });
}

/** One CLI run as a user would start it; its summary lines parsed. */
async function runCli(url: string, folder: string) {
  const started = performance.now();
  const child = spawn("npx", ["tsx", "scripts/import.ts", folder, "--publish", "--section", "news"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  const wall = (performance.now() - started) / 1000;
  const lines = output.trim().split("\n");
  const time = /^Time: ([\d.]+) s \(([\d.]+) pages\/s\); peak memory ([\d.]+) MiB\.$/.exec(lines.at(-1) ?? "");
  if (!time) throw new Error(`the import did not end with its summary:\n${lines.slice(-5).join("\n")}`);
  const find = (prefix: string) => lines.find((l) => l.startsWith(prefix)) ?? "";
  return {
    code, wall, seconds: time[1], pagesPerSecond: time[2], peak: time[3],
    pagesLine: find("Pages: "), storiesLine: find("Stories: "), guessedLine: find("Fields guessed: "),
  };
}

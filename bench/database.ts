// Reader and desk reads at scale. For each size: a fresh database, migrated,
// filled by the generator, VACUUM ANALYZE (what autovacuum does to a live
// archive), then each operation timed over --runs runs (p50/p95), its queries
// counted, and each query's EXPLAIN (ANALYZE, BUFFERS) written to
// bench/plans/<size>/<operation>.txt. The smallest size is the baseline: the
// table shows every larger size as a ratio of it.
//
//   npm run bench:db -- --sizes 10000,100000 [--runs 200]
//
// Fails (exit 1) when any plan reads the Article table with a sequential
// scan, or a front-page render takes more than 3 queries.
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { createTestDatabase } from "@/lib/testing/databases";
import { generateNewsroom } from "@/lib/testing/archive/generate";
import { operations } from "@/lib/testing/archive/operations";
import { explainAll, scansArticles, watchQueries } from "@/lib/testing/archive/query-log";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const sizes = option("sizes", "10000,100000").split(",").map(Number);
const runs = Number(option("runs", "200"));
const FRONT_PAGE_QUERIES = 3;
const WARM_UP_RUNS = 50;

interface Figure {
  name: string;
  p50: number;
  p95: number;
  queries: number;
  seqScanOnArticles: boolean;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => n.toFixed(2);

async function measureSize(size: number) {
  const database = await createTestDatabase("copydesk_bench");
  try {
    await migrate(database.url);
    const started = performance.now();
    const newsroom = await generateNewsroom(database.url, { articles: size });
    const generated = (performance.now() - started) / 1000;
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query("VACUUM ANALYZE");
    // Write out what the bulk load left dirty now, rather than let the
    // checkpoint it sets off compete with the timed reads below.
    await admin.query("CHECKPOINT");
    const { rows } = await admin.query<{ size: string }>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
    await admin.end();
    console.log(`${size}: generated in ${generated.toFixed(1)} s (${newsroom.photos} photos, ${newsroom.events} events, ${newsroom.users} users), database ${rows[0]!.size}`);

    const db = createDb(database.url, { max: 4 });
    const watcher = watchQueries(db);
    const planDir = path.join("bench", "plans", String(size));
    await rm(planDir, { recursive: true, force: true });
    await mkdir(planDir, { recursive: true });
    const figures: Figure[] = [];
    try {
      for (const op of await operations(db, newsroom)) {
        // Warm up (connections, prepared statements, the JIT: a server runs
        // these thousands of times), then capture one run's queries for their plans.
        for (let i = 0; i < WARM_UP_RUNS; i++) await op.run();
        const { queries } = await watcher.capture(op.run);
        const plans = await explainAll(database.url, queries);
        await writeFile(
          path.join(planDir, `${op.name}.txt`),
          queries.map((q, i) => `-- query ${i + 1} of ${queries.length}\n${q.text}\n-- parameters: ${JSON.stringify(q.values)}\n\n${plans[i]}\n`).join("\n"),
        );
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          await op.run();
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        const figure = { name: op.name, p50: percentile(times, 50), p95: percentile(times, 95), queries: queries.length, seqScanOnArticles: plans.some(scansArticles) };
        figures.push(figure);
        console.log(`  ${op.name.padEnd(24)} p50 ${ms(figure.p50).padStart(7)} ms  p95 ${ms(figure.p95).padStart(7)} ms  ${figure.queries} queries${figure.seqScanOnArticles ? "  SEQ SCAN ON Article" : ""}`);
      }
    } finally {
      await db.$disconnect();
      await db.pool.end();
    }
    return { size, generatedSeconds: generated, databaseSize: rows[0]!.size, figures };
  } finally {
    await database.drop();
  }
}

const results = [];
for (const size of sizes) results.push(await measureSize(size));

const [baseline, ...larger] = results;
console.log(`\n| operation | ${results.map((r) => `${r.size} p50 / p95 (ms)`).join(" | ")} | ${larger.map((r) => `p95 ${r.size}/${baseline!.size}`).join(" | ")} | queries |`);
console.log(`|---|${results.map(() => "---|").join("")}${larger.map(() => "---|").join("")}---|`);
for (const [i, figure] of baseline!.figures.entries()) {
  const cells = results.map((r) => `${ms(r.figures[i]!.p50)} / ${ms(r.figures[i]!.p95)}`);
  const ratios = larger.map((r) => `${(r.figures[i]!.p95 / figure.p95).toFixed(2)}×`);
  console.log(`| ${figure.name} | ${cells.join(" | ")} | ${ratios.join(" | ")} | ${results.map((r) => r.figures[i]!.queries).join(" / ")} |`);
}

const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, load: os.loadavg(), node: process.version };
await mkdir(path.join("bench", "results"), { recursive: true });
const file = path.join("bench", "results", `database-${sizes.join("-")}.json`);
await writeFile(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), runs, machine, results }, null, 2)}\n`);
console.log(`\nload average at the end: ${machine.load.map((l) => l.toFixed(2)).join(" ")}; saved ${file}`);

const failures = results.flatMap((r) => [
  ...r.figures.filter((f) => f.seqScanOnArticles).map((f) => `${r.size}: ${f.name} reads "Article" with a sequential scan`),
  ...r.figures.filter((f) => f.name === "front-page" && f.queries > FRONT_PAGE_QUERIES).map((f) => `${r.size}: a front-page render took ${f.queries} queries`),
]);
if (failures.length) {
  console.error(`\nFAILED:\n${failures.join("\n")}`);
  process.exit(1);
}

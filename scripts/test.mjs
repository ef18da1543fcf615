// npm test — every check the project has: type check and lint (side by
// side), the domain tests (Vitest, real PostgreSQL), a production build, the
// browser tests (Playwright, Debian's Chromium) and the serving benchmark at
// smoke size. Every battery runs at CI size; `npm run test:full` (--full)
// runs the same batteries at full size (lib/testing/size.ts). Ends with a
// table of how long each stage took and one plain line, "N passed, N
// failed", also written to test-results/summary.txt.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const full = process.argv.includes("--full");
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  TEST_SIZE: full ? "full" : "ci",
  // One seed for the run: printed by each battery, given back to replay it.
  TEST_SEED: process.env.TEST_SEED ?? String(Date.now() % 2 ** 31),
};
const results = "test-results";
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const tally = { passed: 0, failed: 0 };
const stages = [];
const started = Date.now();

function spawnStage(name, command, args) {
  console.log(`\n━━ ${name}: ${[command, ...args].join(" ")}`);
  const began = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve({ name, ok: code === 0, seconds: (Date.now() - began) / 1000 }));
  });
}

function record({ name, ok, seconds }, count, note = "") {
  const counted = count?.();
  if (counted) {
    tally.passed += counted.passed;
    tally.failed += counted.failed;
    if (!ok && counted.failed === 0) tally.failed += 1; // crashed before reporting
  } else {
    // A check without test counts (type check, lint, build) counts as one.
    tally[ok ? "passed" : "failed"] += 1;
  }
  stages.push({ name, ok, seconds, tests: counted ? `${counted.passed} passed, ${counted.failed} failed` : "", note });
  return ok;
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);
const vitestCounts = () => {
  const report = readJson(`${results}/unit.json`);
  return report && { passed: report.numPassedTests, failed: report.numFailedTests };
};
const playwrightCounts = () => {
  const report = readJson(`${results}/e2e.json`);
  return report && { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
};

console.log(`Copydesk tests at ${full ? "full" : "CI"} size, seed ${env.TEST_SEED}`);

// Route types (PageProps, LayoutProps) are generated, not committed. The
// type check and lint each keep one core busy: they run side by side.
const [types, lint] = await Promise.all([
  spawnStage("type check", "sh", ["-c", "npx next typegen > /dev/null && npx tsc --noEmit -p ."]),
  spawnStage("lint", "npx", ["eslint", "--max-warnings=0", "."]),
]);
record(types, null, "beside lint");
record(lint, null, "beside the type check");
record(await spawnStage("unit", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${results}/unit.json`]), vitestCounts);
if (record(await spawnStage("build", "npx", ["next", "build"]))) {
  record(await spawnStage("browser", "npx", ["playwright", "test"]), playwrightCounts);
  // The serving benchmark at smoke size: nginx stack, both baselines, publish
  // → visible, the JavaScript budget; fails on any error, not on figures.
  record(await spawnStage("smoke", "npx", ["tsx", "bench/serving.ts", "--smoke"]));
} else {
  stages.push({ name: "browser", ok: false, seconds: 0, tests: "", note: "not run: the build failed" });
  tally.failed += 1;
}

const total = (Date.now() - started) / 1000;
const rows = [
  ["stage", "seconds", "tests", ""],
  ...stages.map((s) => [`${s.ok ? "✔" : "✖"} ${s.name}`, s.seconds.toFixed(0), s.tests, s.note]),
  ["total", total.toFixed(0), "", `${full ? "full" : "CI"} size, seed ${env.TEST_SEED}`],
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const table = rows.map((row) => row.map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ").trimEnd());
const summary = `${tally.passed} passed, ${tally.failed} failed`;
console.log(`\n${table.join("\n")}\n\n${summary}`);
writeFileSync(`${results}/stages.txt`, `${table.join("\n")}\n`);
writeFileSync(`${results}/summary.txt`, `${summary}\n`);
process.exit(tally.failed === 0 ? 0 : 1);

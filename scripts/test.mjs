// npm test — every check the project has, in order: type check, lint, the
// domain tests (Vitest, real PostgreSQL), a production build, and the
// browser tests (Playwright, Debian's Chromium). Ends with one plain line,
// "N passed, N failed", also written to test-results/summary.txt.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
const results = "test-results";
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const tally = { passed: 0, failed: 0 };
const stages = [];

function run(name, command, args, count) {
  console.log(`\n━━ ${name}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: "inherit", env });
  const ok = status === 0;
  const counted = count?.();
  if (counted) {
    tally.passed += counted.passed;
    tally.failed += counted.failed;
  } else {
    // A check without test counts (type check, lint, build) counts as one.
    tally[ok ? "passed" : "failed"] += 1;
  }
  if (counted && !ok && counted.failed === 0) tally.failed += 1; // crashed before reporting
  stages.push(`${ok ? "✔" : "✖"} ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
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

// Route types (PageProps, LayoutProps) are generated, not committed.
run("type check", "sh", ["-c", "npx next typegen > /dev/null && npx tsc --noEmit -p ."]);
run("lint", "npx", ["eslint", "--max-warnings=0", "."]);
run("domain tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${results}/unit.json`], vitestCounts);
if (run("build", "npx", ["next", "build"])) {
  run("browser tests", "npx", ["playwright", "test"], playwrightCounts);
  // The serving benchmark at smoke size: nginx stack, both baselines, publish
  // → visible, the JavaScript budget; fails on any error, not on figures.
  run("serving benchmark (smoke)", "npx", ["tsx", "bench/serving.ts", "--smoke"]);
} else {
  stages.push("✖ browser tests (not run: the build failed)");
  tally.failed += 1;
}

const summary = `${tally.passed} passed, ${tally.failed} failed`;
console.log(`\n${stages.join("\n")}\n\n${summary}`);
writeFileSync(`${results}/summary.txt`, `${summary}\n`);
process.exit(tally.failed === 0 ? 0 : 1);

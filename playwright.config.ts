import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${PORT}`;
// One seed for the whole run, so every worker generates the same cases and a
// failure can be replayed with TEST_SEED=… (lib/testing/size.ts).
process.env.TEST_SEED ??= String(Date.now() % 2 ** 31);
if (!process.env.TEST_WORKER_INDEX) console.log(`[e2e] size ${process.env.TEST_SIZE === "full" ? "full" : "ci"}, seed ${process.env.TEST_SEED}`);

// Debian's Chromium. Its old headless shell (package chromium-headless-shell,
// what Playwright itself runs headless) draws no window and takes about a
// quarter less CPU per test than the full browser; .ci/run installs both.
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const CHROMIUM = existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium";

// Specs that saturate the machine on purpose, or time its recovery, run
// alone at the end: anything beside them would be slowed into timeouts.
const SOLO = [/load\.spec\.ts/, /database-faults\.spec\.ts/];

// Specs with a server of their own (`test.use({ ownServer })`) include the
// longest ones; they are scheduled first, beside the shared server's specs,
// so that no long spec is left running alone at the end.
const OWN_SERVER = readdirSync("e2e")
  .filter((file) => file.endsWith(".spec.ts") && /\bownServer:/.test(readFileSync(`e2e/${file}`, "utf8")))
  .filter((file) => !SOLO.some((solo) => solo.test(file)))
  .map((file) => new RegExp(`${file.replaceAll(".", "\\.")}$`));

// A project's dependencies run in full whatever files are named, so a run of
// named specs (`npx playwright test e2e/load.spec.ts`) lets the solo ones
// start after the demo spec instead of after the whole suite.
const NAMED_SPECS = process.argv.some((arg) => /\.spec\.ts\b/.test(arg));

export default defineConfig({
  testDir: "e2e",
  // Multi-role flows load the desk's editor four or five times; with specs
  // side by side on 2 cores that can pass 30 s without anything being wrong.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Spec files run side by side; the tests of one file run in order. Specs
  // that change what every page shows run on servers of their own
  // (lib/testing/browser/fixtures.ts, docs/decisions/0022).
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? availableParallelism()),
  forbidOnly: !!process.env.CI,
  // In CI a test that fails once is run again and reported as "flaky" in the
  // log (never hidden): a landing should not hang on one slow moment of a
  // 2-core machine, but a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    // Browser tests speak English: the accessible names in the specs are
    // the English catalog's. A language spec covers zh-CN on purpose.
    locale: "en-US",
    // Recording a trace costs every test about a sixth of its time: only a
    // retry (in CI, the second attempt of a failed test) records one.
    trace: "on-first-retry",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    // Specs that read the demo edition as seeded run before anything is published today.
    { name: "demo", dependencies: ["setup"], testMatch: /front-page\.spec\.ts/ },
    { name: "own-server", dependencies: ["demo"], testMatch: OWN_SERVER },
    { name: "chromium", dependencies: ["demo"], testIgnore: [/.*\.setup\.ts/, /front-page\.spec\.ts/, ...SOLO, ...OWN_SERVER] },
    { name: "solo", dependencies: NAMED_SPECS ? ["demo"] : ["own-server", "chromium"], testMatch: SOLO, workers: 1 },
  ],
  webServer: {
    command: `npx tsx scripts/e2e-server.ts ${PORT}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});

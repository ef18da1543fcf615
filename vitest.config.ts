import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Test files that replace a module (vi.mock) need a module graph of their
// own; every other file shares its worker's, which halves the run (modules
// are imported once per worker instead of once per file).
const OWN_MODULES = ["lib/articles/save-reads.test.ts"];
// Test files against a real S3 server (Ceph radosgw, lib/testing/ceph.ts):
// their project starts it once per run, and only when one of them runs. (A
// project's globalSetup is added to the root's, which makes the database.)
const S3_TESTS = ["lib/**/*.s3.test.ts"];

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    environment: "node",
    // One migrated template per run; each worker tests on its own copy of
    // it, so files run in parallel without sharing rows (docs/decisions/0022).
    globalSetup: ["./lib/testing/global-setup.ts"],
    setupFiles: ["./lib/testing/worker-database.ts"],
    // Most files wait on PostgreSQL more than they compute: one worker more
    // than there are cores keeps both cores busy.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? availableParallelism() + 1),
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Files share a process: what one stubs is put back after each test.
    unstubEnvs: true,
    unstubGlobals: true,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: { name: "shared", include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"], exclude: [...OWN_MODULES, ...S3_TESTS], isolate: false },
      },
      { extends: true, test: { name: "isolated", include: OWN_MODULES, isolate: true } },
      {
        extends: true,
        test: { name: "s3", include: S3_TESTS, isolate: false, globalSetup: ["./lib/testing/ceph-setup.ts"] },
      },
    ],
  },
});

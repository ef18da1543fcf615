import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
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
  },
});

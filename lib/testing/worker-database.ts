// Vitest setup file: makes sure this worker's copy of the migrated template
// exists before its first test file runs (one copy per worker, kept for the
// worker's later files; each file resets what it needs). It stays free of
// Prisma so that pure test files pay nothing for it.
import { inject } from "vitest";
import { cloneDatabase } from "./databases";

const { adminUrl, template } = inject("testDatabase");
const suffix = `w${process.env.VITEST_POOL_ID ?? "1"}`;
// The environment outlives the worker's test files; the module state does not.
if (process.env.COPYDESK_TEST_DATABASE !== `${template}_${suffix}`) {
  await cloneDatabase(adminUrl, template, suffix);
  process.env.COPYDESK_TEST_DATABASE = `${template}_${suffix}`;
}

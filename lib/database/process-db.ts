import { createDb, type Db } from "@/lib/database/client";
import { serverEnv } from "@/lib/env";

// One client per process; in development, hot reloads would otherwise open a
// new pool on every edit. Kept on globalThis because Next bundles the pages
// and instrumentation.ts (the scheduler) separately: both must share one pool.
const globalForDb = globalThis as unknown as { copydeskDb?: Db };

export function processDb(): Db {
  globalForDb.copydeskDb ??= createDb(serverEnv().DATABASE_URL);
  return globalForDb.copydeskDb;
}

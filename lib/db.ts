import "server-only";
import { createDb, type Db } from "@/lib/database/client";
import { serverEnv } from "@/lib/env";

// One client per process; in development, hot reloads would otherwise open a
// new pool on every edit.
const globalForDb = globalThis as unknown as { copydeskDb?: Db };

export function getDb(): Db {
  globalForDb.copydeskDb ??= createDb(serverEnv().DATABASE_URL);
  return globalForDb.copydeskDb;
}

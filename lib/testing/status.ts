// For fixtures that need an article in some state without walking it through
// the workflow (a feed test wants a PUBLISHED row dated last week). The
// database refuses a status written outside the state machine
// (docs/decisions/0023); a fixture opens that guard for its own transaction.
import type { Db, Tx } from "@/lib/database/client";
import { OPEN_STATUS_GUARD_SQL } from "@/lib/workflow/status-write";

export async function bypassStatusGuard<T>(db: Db, write: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(OPEN_STATUS_GUARD_SQL);
    return write(tx);
  });
}

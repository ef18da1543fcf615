// Recognises "the database is not there" among the errors pg and Prisma throw,
// so the desk can say so plainly instead of failing with a stack trace.

// Node's socket errors; PostgreSQL's "shutting down / starting up / connection
// lost" SQLSTATEs; Prisma's "cannot reach / connection closed / pool timed
// out / no transaction could start in time" codes (the last two mean a
// database too busy to answer: to the desk, the same as down for a moment).
const DOWN_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH",
  "57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006",
  "P1001", "P1002", "P1017", "P2024", "P2028",
]);
// What @prisma/adapter-pg calls the same failures (DriverAdapterError causes).
const DOWN_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const DOWN_MESSAGE = /ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect|database system is (starting up|shutting down|in recovery mode)|Can't reach database server/i;

export function isDatabaseDown(error: unknown): boolean {
  // Prisma keeps the driver's error under meta.driverAdapterError, whose
  // cause carries the adapter's kind; pg and Node use plain `cause`.
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length && seen < 10; seen++) {
    const e = queue.shift();
    if (!e || typeof e !== "object") continue;
    const { code, kind, message, cause, meta } = e as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (typeof code === "string" && DOWN_CODES.has(code)) return true;
    if (typeof kind === "string" && DOWN_KINDS.has(kind)) return true;
    if (typeof message === "string" && DOWN_MESSAGE.test(message)) return true;
    queue.push(cause, meta?.driverAdapterError);
  }
  return false;
}

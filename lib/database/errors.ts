// Recognises "the database is not there" among the errors pg and Prisma throw,
// so the desk can say so plainly instead of failing with a stack trace.
const DOWN_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P03", "08006", "08001"]);

export function isDatabaseDown(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && DOWN_CODES.has(code)) return true;
    if (typeof message === "string" && /ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect|database system is (starting|shutting) up/i.test(message)) {
      return true;
    }
    e = cause;
  }
  return false;
}

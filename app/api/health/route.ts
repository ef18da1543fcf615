import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

// A database that hangs instead of refusing must not hang the answer too:
// load balancers give up on a slow health check and call it down anyway.
const TIMEOUT_MS = 3_000;

// Load balancers, the test runner and the desk's "database unavailable"
// notice wait on this: 200 when the app and its database answer, 503 (with
// the reason) when the database does not.
export async function GET() {
  const headers = { "cache-control": "no-store" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      getDb().$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
      }),
    ]);
    return Response.json({ status: "ok", database: "up" }, { headers });
  } catch {
    return Response.json({ status: "degraded", database: "down" }, { status: 503, headers });
  } finally {
    clearTimeout(timer);
  }
}

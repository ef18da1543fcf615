import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

// Load balancers and the test runner wait on this: 200 when the app and its
// database answer, 503 (with the reason) when the database does not.
export async function GET() {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "up" });
  } catch {
    return Response.json({ status: "degraded", database: "down" }, { status: 503 });
  }
}

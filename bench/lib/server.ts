// A production server on a fresh database with the demo newsroom, for a
// benchmark that is not given --url: the app as `npm start` serves it
// (scripts/serve.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { createDb } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { seedDemo } from "@/lib/demo/seed";
import { createTestDatabase } from "@/lib/testing/databases";
import { clearDataCache } from "../../scripts/data-cache";

export interface StartedServer {
  base: string;
  /** The server's own database (dropped by stop), for a benchmark that arranges rows. */
  databaseUrl: string;
  stop(): Promise<void>;
}

async function healthy(base: string): Promise<boolean> {
  try {
    return (await fetch(`${base}/api/health`)).ok;
  } catch {
    return false;
  }
}

export async function startServer(port: number): Promise<StartedServer> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first");
  const base = `http://127.0.0.1:${port}`;
  if (await healthy(base)) throw new Error(`port ${port} is already in use`);

  const database = await createTestDatabase("copydesk_loadbench");
  await migrate(database.url);
  const db = createDb(database.url, { max: 2 });
  await seedDemo(db);
  await db.$disconnect();
  clearDataCache();

  // The server's output goes to a file: autocannon ending a phase aborts the
  // requests in flight, and Next logs each one.
  mkdirSync("test-results", { recursive: true });
  const log = openSync(path.join("test-results", `bench-server-${port}.log`), "w");
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", String(port), "127.0.0.1"], {
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: "bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    await database.drop();
  };

  const started = Date.now();
  while (!(await healthy(base))) {
    if (child.exitCode !== null || Date.now() - started > 120_000) {
      await stop();
      throw new Error("the server did not answer /api/health within 120 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { base, databaseUrl: database.url, stop };
}

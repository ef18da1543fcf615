// The server the browser tests run against: the production build on a fresh
// database with the demo newsroom, dropped again when Playwright stops it.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { seedDemo } from "@/lib/demo/seed";
import { createTestDatabase } from "@/lib/testing/databases";
import { nginxRunDir } from "../e2e/support/nginx";
import { clearDataCache } from "./data-cache";

const port = process.argv[2] ?? "3100";
const database = await createTestDatabase("copydesk_e2e");
await migrate(database.url);
// Seeding is one long transaction: give it room on a busy machine.
const db = createDb(database.url, { max: 2, transactionTimeout: 120_000 });
await seedDemo(db);
await db.$disconnect();
clearDataCache();
// The restart test starts servers of its own on the same database.
mkdirSync(".data", { recursive: true });
writeFileSync(path.join(".data", `e2e-database-url.${port}`), database.url);

const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", port, "127.0.0.1"], {
  stdio: ["inherit", "pipe", "pipe"],
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    // Uploaded pictures of a test run stay with that run.
    MEDIA_DIR: path.join(tmpdir(), `copydesk-e2e-media-${process.pid}`),
    // The serving-stack spec runs nginx from here; publishing purges it.
    NGINX_RUN_DIR: nginxRunDir(Number(port)),
  },
});

// The server's output, shown as before and also kept in a file: the fuzz
// battery reads it for unhandled rejections and uncaught errors.
const log = createWriteStream(path.join(".data", `e2e-server-${port}.log`));
server.stdout.on("data", (chunk: Buffer) => void (process.stdout.write(chunk), log.write(chunk)));
server.stderr.on("data", (chunk: Buffer) => void (process.stderr.write(chunk), log.write(chunk)));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  await database.drop().catch((error) => console.error("[e2e] could not drop test database", error));
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
server.on("exit", () => void stop());

// The server the browser tests share: the production build on a copy of
// this run's template database (migrated and seeded with the demo newsroom
// once, here). Specs that need a server of their own copy the same template
// (lib/testing/browser/servers.ts). Everything is dropped when Playwright
// stops this process.
import { rmSync } from "node:fs";
import path from "node:path";
import { createDb } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { seedDemo } from "@/lib/demo/seed";
import { diskStorage } from "@/lib/media/storage";
import { cloneDatabase, createTestDatabase } from "@/lib/testing/databases";
import { spawnServer, templateMediaDir, writeTemplate } from "@/lib/testing/browser/servers";
import { clearDataCache } from "./data-cache";

const port = Number(process.argv[2] ?? 3100);
const template = await createTestDatabase("copydesk_e2e");
await migrate(template.url);
// Seeding is one long transaction: give it room on a busy machine.
const db = createDb(template.url, { max: 2, transactionTimeout: 120_000 });
// The demo's printed page goes with the template: every server copies its files.
const mediaDir = templateMediaDir(port);
rmSync(mediaDir, { recursive: true, force: true });
await seedDemo(db, { storage: diskStorage(mediaDir) });
await db.$disconnect();
await db.pool.end();
const mainUrl = await cloneDatabase(template.adminUrl, template.name, "main");
writeTemplate(port, { adminUrl: template.adminUrl, template: template.name, mainUrl, mediaDir });
clearDataCache();

const logPath = path.join(".data", `e2e-server-${port}.log`);
rmSync(logPath, { force: true });
const server = spawnServer(port, mainUrl, logPath, {}, mediaDir);
// Shown as before, for Playwright's webServer output.
server.stdout!.on("data", (chunk: Buffer) => process.stdout.write(chunk));
server.stderr!.on("data", (chunk: Buffer) => process.stderr.write(chunk));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  // The template, the shared copy and any copy a spec's own server left.
  await template.drop().catch((error) => console.error("[e2e] could not drop the test databases", error));
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
server.on("exit", () => void stop());

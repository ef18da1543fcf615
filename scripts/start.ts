// npm start — serves Copydesk on http://localhost:$PORT (default 3000).
// Without DATABASE_URL it runs the embedded PostgreSQL and seeds the demo
// newsroom once; with it, it only applies pending migrations.
// `--nginx` (npm run start:prod) puts nginx on $PORT in front of the app,
// which then listens on 127.0.0.1:$APP_PORT (default PORT + 1).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDb } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { seedDemo } from "@/lib/demo/seed";
import { mediaStorage } from "@/lib/media/storage";
import { startNginx } from "@/lib/serving/nginx";
import { ensureBuild } from "./build-if-stale";
import { exitWithMessage, resolveDatabase } from "./database";
import { clearDataCache } from "./data-cache";

const port = process.env.PORT ?? "3000";
const withNginx = process.argv.includes("--nginx");
const appPort = withNginx ? (process.env.APP_PORT ?? String(Number(port) + 1)) : port;
const target = await resolveDatabase().catch(exitWithMessage);

try {
  const { applied } = await migrate(target.url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  if (target.embedded) {
    const db = createDb(target.url, { max: 2 });
    const result = await seedDemo(db, { storage: mediaStorage() });
    await db.$disconnect();
    if (result.seeded) console.log(`Seeded the demo newsroom (${result.articles} articles).`);
  }
} catch (error) {
  await target.embedded?.stop();
  exitWithMessage(error);
}

const authSecret = process.env.AUTH_SECRET ?? (target.embedded ? demoSecret() : undefined);
if (!authSecret) {
  await target.embedded?.stop();
  exitWithMessage(new Error("AUTH_SECRET must be set when DATABASE_URL is (generate one with `openssl rand -base64 33`)."));
}

await ensureBuild();
clearDataCache();

const nginxRunDir = path.join(process.cwd(), ".data", "nginx");
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", appPort, ...(withNginx ? ["127.0.0.1"] : [])], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: target.url,
    AUTH_SECRET: authSecret,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: appPort,
    // Where the app finds nginx to purge its cache after a public change.
    ...(withNginx ? { NGINX_RUN_DIR: nginxRunDir } : {}),
  },
});
const proxy = withNginx ? (await startNginx({ port: Number(port), appPort: Number(appPort), runDir: nginxRunDir }, "inherit")).child : null;
console.log(`Copydesk: http://localhost:${port}${target.embedded ? "  (embedded database, demo accounts in README.md)" : ""}`);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  // Both finish what they are serving first (the app within ten seconds,
  // scripts/serve.ts); the database goes last, once nothing can use it.
  const exited = (child: typeof server) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", resolve)));
  server.kill("SIGTERM");
  proxy?.kill("SIGQUIT");
  await Promise.race([Promise.all([exited(server), proxy && exited(proxy)]), new Promise((resolve) => setTimeout(resolve, 15_000))]);
  await target.embedded?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
server.on("exit", (code) => void shutdown(code ?? 0));
proxy?.on("exit", (code) => void shutdown(code ?? 0));

/** The embedded demo keeps its own secret under .data/, made on first start. */
function demoSecret(): string {
  const file = path.join(process.cwd(), ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(33).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

// Everything the serving benchmarks compare, started side by side on one
// fresh database with the demo newsroom:
//   app    — Copydesk as `npm start` serves it (scripts/serve.ts)
//   b1     — the same build under plain `next start` (baseline B1)
//   stack  — nginx with lib/serving/nginx.ts in front of app (`npm run start:prod`)
//   b0     — nginx serving the app's front page as a pre-gzipped file (baseline B0)
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createDb } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { seedDemo } from "@/lib/demo/seed";
import { nginxBinary, startNginx } from "@/lib/serving/nginx";
import { createTestDatabase } from "@/lib/testing/databases";
import { clearDataCache } from "../../scripts/data-cache";

export const PORTS = { app: 3301, b1: 3302, stack: 3303, b0: 3304 };
const url = (port: number) => `http://127.0.0.1:${port}`;

export async function startStack() {
  const database = await createTestDatabase("copydesk_bench");
  await migrate(database.url);
  const db = createDb(database.url, { max: 2 });
  await seedDemo(db);
  await db.$disconnect();
  clearDataCache();

  const runDir = mkdtempSync(path.join(tmpdir(), "copydesk-bench-"));
  chmodSync(runDir, 0o755);
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: "bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    MEDIA_DIR: path.join(runDir, "media"),
    NGINX_RUN_DIR: path.join(runDir, "stack"),
  };
  // Each in its own process group, stopped as a group: `next start` runs the
  // server in a child process of its own.
  const children: ChildProcess[] = [
    spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", String(PORTS.app), "127.0.0.1"], { env, stdio: "ignore", detached: true }),
    spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORTS.b1)], { env, stdio: "ignore", detached: true }),
  ];
  await Promise.all([PORTS.app, PORTS.b1].map((port) => waitFor(`${url(port)}/api/health`)));
  const stack = await startNginx({ port: PORTS.stack, appPort: PORTS.app, runDir: env.NGINX_RUN_DIR });

  // B0: the front page exactly as the app sends it, as a file next to its .gz.
  const html = await (await fetch(url(PORTS.app), { headers: { "accept-language": "zh-CN" } })).text();
  const site = path.join(runDir, "b0-site");
  mkdirSync(site);
  writeFileSync(path.join(site, "index.html"), html);
  writeFileSync(path.join(site, "index.html.gz"), gzipSync(html, { level: 9 }));
  const b0 = await startStaticNginx(path.join(runDir, "b0"), site);

  return {
    urls: { app: url(PORTS.app), b1: url(PORTS.b1), stack: url(PORTS.stack), b0: url(PORTS.b0) },
    async stop() {
      await Promise.all([stack.stop(), b0.stop()]);
      for (const child of children) {
        try {
          process.kill(-child.pid!, "SIGTERM");
        } catch {
          // Already gone.
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await database.drop().catch(() => {});
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}

async function startStaticNginx(runDir: string, root: string) {
  mkdirSync(runDir, { recursive: true });
  const config = path.join(runDir, "nginx.conf");
  writeFileSync(
    config,
    `${process.getuid?.() === 0 ? "user nobody nogroup;\n" : ""}worker_processes auto;
pid ${runDir}/nginx.pid;
error_log ${runDir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${runDir}/client-body;
  proxy_temp_path ${runDir}/proxy-temp;
  fastcgi_temp_path ${runDir}/fastcgi-temp;
  uwsgi_temp_path ${runDir}/uwsgi-temp;
  scgi_temp_path ${runDir}/scgi-temp;
  server {
    listen 127.0.0.1:${PORTS.b0};
    root ${root};
    gzip_static on;
    default_type "text/html; charset=utf-8";
  }
}
`,
  );
  const child = spawn(nginxBinary(), ["-c", config, "-g", "daemon off;"], { stdio: "ignore" });
  await waitFor(url(PORTS.b0));
  return { stop: () => new Promise<void>((resolve) => (child.once("exit", () => resolve()), child.kill("SIGQUIT"))) };
}

async function waitFor(target: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(target).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${target} did not answer`);
}

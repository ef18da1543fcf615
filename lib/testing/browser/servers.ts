// The servers the browser tests run against. scripts/e2e-server.ts makes
// one migrated, seeded template database per run and serves a copy of it on
// E2E_PORT: the server most specs share. A spec that changes what every
// page shows (the review stages, the paper's name) or measures the server
// itself asks for a server of its own (lib/testing/browser/fixtures.ts):
// another copy of the same template, so the demo accounts, their ids and
// the saved sign-ins are the same on every server.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cloneDatabase, dropDatabases } from "@/lib/testing/databases";
import { nginxRunDir } from "./nginx";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const mainBase = `http://127.0.0.1:${E2E_PORT}`;
export const AUTH_SECRET = "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz";

interface Template {
  adminUrl: string;
  template: string;
  /** The database the shared server on E2E_PORT runs on. */
  mainUrl: string;
  /** The files the seed stored with the template (the demo's printed page); each server starts with a copy. */
  mediaDir?: string;
}

const templateFile = (port: number) => path.join(".data", `e2e-template.${port}.json`);

export function writeTemplate(port: number, template: Template) {
  mkdirSync(".data", { recursive: true });
  writeFileSync(templateFile(port), JSON.stringify(template));
}

export function readTemplate(port = E2E_PORT): Template {
  return JSON.parse(readFileSync(templateFile(port), "utf8")) as Template;
}

/** Where the seed of this run's template keeps its files. */
export const templateMediaDir = (port: number) => path.join(tmpdir(), `copydesk-e2e-media-template-${port}`);

/** The shared server's database, for specs that read or arrange rows directly. */
export const mainDatabaseUrl = () => readTemplate().mainUrl;

/** What every test server needs besides its database. */
export const serverEnv = (port: number, databaseUrl: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(port),
  // Uploaded pictures of a server stay with that server.
  MEDIA_DIR: path.join(tmpdir(), `copydesk-e2e-media-${port}-${process.pid}`),
  // The serving-stack spec runs nginx from here; publishing purges it.
  NGINX_RUN_DIR: nginxRunDir(port),
  ...extra,
});

export interface TestServer {
  base: string;
  port: number;
  databaseUrl: string;
  logPath: string;
  stop(): Promise<void>;
}

/** Serves the production build on `port` from a fresh copy of the run's template database. */
export async function startOwnServer(port: number, extra: Record<string, string> = {}): Promise<TestServer> {
  const { adminUrl, template } = readTemplate();
  const name = `s${port}`;
  // A copy left by an earlier server on this port (a killed worker) goes first.
  await dropDatabases(adminUrl, `${template}_${name}`);
  const databaseUrl = await cloneDatabase(adminUrl, template, name);
  const logPath = path.join(".data", `e2e-server-${port}.log`);
  const child = spawnServer(port, databaseUrl, logPath, extra);
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await waitForHealth(base, child);
  } catch (error) {
    killGroup(child);
    throw error;
  }
  return {
    base,
    port,
    databaseUrl,
    logPath,
    async stop() {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      killGroup(child);
      await dropDatabases(adminUrl, `${template}_${name}`);
    },
  };
}

/** `scripts/serve.ts` on `port`, its output appended to `logPath` (the fuzz battery reads it for crashes), with a copy of the template's files. */
export function spawnServer(port: number, databaseUrl: string, logPath: string, extra: Record<string, string> = {}, mediaDir = readTemplate().mediaDir): ChildProcess {
  mkdirSync(path.dirname(logPath), { recursive: true });
  const env = serverEnv(port, databaseUrl, extra);
  // The template database's rows name files the seed stored: a copy of them goes with each copy of the database.
  rmSync(env.MEDIA_DIR, { recursive: true, force: true });
  if (mediaDir && existsSync(mediaDir)) cpSync(mediaDir, env.MEDIA_DIR, { recursive: true });
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", String(port), "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  const log = createWriteStream(logPath, { flags: "a" });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  return child;
}

export async function waitForHealth(base: string, child?: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`the server on ${base} exited with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`no answer from ${base}/api/health`);
    if (await fetch(`${base}/api/health`).then((r) => r.status === 200, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The whole process group at once, as a crash or `kill -9` would. */
export function killGroup(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** The log's length now, to read only what the server writes from here on. */
export const logOffset = (file: string) => (existsSync(file) ? statSync(file).size : 0);

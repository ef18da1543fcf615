// A server of the fuzz battery's own: the same production build and start
// script as the browser tests' server (scripts/e2e-server.ts: a fresh
// database with the demo newsroom), on the next port. Thousands of generated
// writes (settings, sections, users, published imports) must not leak into
// what the other specs read, and this server's log is the battery's alone.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { expect, type Browser } from "@playwright/test";
import { PASSWORD } from "./accounts";

export const FUZZ_PORT = Number(process.env.FUZZ_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);

export interface FuzzServer {
  base: string;
  databaseUrl: string;
  logPath: string;
  stop: () => Promise<void>;
}

export async function startFuzzServer(port = FUZZ_PORT): Promise<FuzzServer> {
  // Seeding the demo can time out on a very busy machine; a second try is a fresh database.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(port);
    } catch (error) {
      if (attempt === 3) throw error;
      console.warn(`[fuzz] the fuzz server did not start (${String(error)}); trying again`);
    }
  }
}

async function startOnce(port: number): Promise<FuzzServer> {
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn("node_modules/.bin/tsx", ["scripts/e2e-server.ts", String(port)], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, SCHEDULER: "off" },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exit code ${child.exitCode}`);
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error("no answer from /api/health");
    }
    const healthy = await fetch(`${base}/api/health`).then((r) => r.status === 200, () => false);
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    base,
    databaseUrl: readFileSync(`.data/e2e-database-url.${port}`, "utf8"),
    logPath: `.data/e2e-server-${port}.log`,
    async stop() {
      // e2e-server.ts stops Next and drops its database on SIGTERM.
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
    },
  };
}

/** Signs in through the login form and returns the session cookie as a Cookie header. */
export async function sessionCookie(browser: Browser, base: string, email: string): Promise<string> {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Generous: the password hash takes its time on a busy machine.
  await expect(page).toHaveURL(/\/desk$/, { timeout: 60_000 });
  const cookies = await context.cookies();
  await context.close();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** The log's length now, to read only what the server writes from here on. */
export const logOffset = (path: string) => (existsSync(path) ? statSync(path).size : 0);

/** Unhandled rejections and uncaught exceptions the server logged since `offset`. */
export function crashesInLog(path: string, offset: number): string[] {
  const text = readFileSync(path).subarray(offset).toString("utf8");
  return text.split("\n").filter((line) => /unhandled ?rejection|uncaught ?exception|uncaughtException|unhandledRejection/i.test(line));
}

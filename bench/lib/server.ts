// A production server on a fresh database with the demo newsroom, started
// the way the browser tests start theirs (scripts/e2e-server.ts), for a
// benchmark that is not given --url.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";

export interface StartedServer {
  base: string;
  port: number;
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
  // Node itself (not npx) runs the script, so the SIGTERM below reaches it.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const started = Date.now();
  while (!(await healthy(base))) {
    if (child.exitCode !== null) throw new Error("the server exited while starting");
    if (Date.now() - started > 120_000) {
      child.kill("SIGTERM");
      throw new Error("the server did not answer /api/health within 120 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    base,
    port,
    // scripts/e2e-server.ts stops Next and drops its database on SIGTERM.
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

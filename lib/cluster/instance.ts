// One app instance of a cluster: the production build served from a folder
// of its own. The folder links to the checkout's code and dependencies but
// has its own copy of `.next` (Next writes its caches there) and its own
// empty media folder, as two machines would: nothing can pass from one
// instance to another except through PostgreSQL, Redis and the object store.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, createWriteStream, mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { waitFor } from "./wait";

// What a copy must not share with the checkout.
const OWN = new Set([".next", ".data", ".git", "test-results"]);

/** Makes `dir` an instance folder of the build in `root`. */
export function instanceFolder(root: string, dir: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (!OWN.has(entry)) symlinkSync(path.join(root, entry), path.join(dir, entry));
  }
  // The build without Next's own development caches.
  cpSync(path.join(root, ".next"), path.join(dir, ".next"), { recursive: true, filter: (source) => !source.includes(`${path.sep}.next${path.sep}cache`) });
  mkdirSync(path.join(dir, ".data", "media"), { recursive: true });
}

export interface Instance {
  name: string;
  base: string;
  port: number;
  dir: string;
  process: ChildProcess;
  /** SIGTERM: in-flight requests finish, then it exits. */
  stop(): Promise<void>;
  /** SIGKILL, as a crashed machine. */
  kill(): void;
}

/** Starts `scripts/serve.ts` in the instance folder `dir` and waits for its health check. */
export async function startInstance(name: string, dir: string, port: number, env: NodeJS.ProcessEnv, logPath: string): Promise<Instance> {
  mkdirSync(path.dirname(logPath), { recursive: true });
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", String(port), "127.0.0.1"], {
    cwd: dir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { NEXT_TELEMETRY_DISABLED: "1", MEDIA_DIR: path.join(dir, ".data", "media"), ...env, PORT: String(port) },
  });
  const log = createWriteStream(logPath, { flags: "a" });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const kill = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  try {
    await waitFor(`instance ${name}`, () => fetch(`${base}/api/health`).then((r) => r.ok), () => child.exitCode !== null, 120_000);
  } catch (error) {
    kill();
    throw error;
  }
  return {
    name,
    base,
    port,
    dir,
    process: child,
    kill,
    async stop() {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      kill();
    },
  };
}

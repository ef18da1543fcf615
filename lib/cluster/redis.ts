// A Redis of its own for a test or a demo cluster: nothing kept on disk, on
// a port of its own, stopped with the caller. The machine's Redis on 6379 is
// never flushed by a test.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { waitFor } from "./wait";

export interface RedisServer {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** A loopback port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A redis-server on `port` (a free one when not given), nothing kept on disk. */
export async function startRedis(wanted?: number, binary = "redis-server"): Promise<RedisServer> {
  const port = wanted ?? (await freePort());
  const dir = mkdtempSync(path.join(tmpdir(), "copydesk-redis-"));
  // `volatile-lru`: under memory pressure only entries with a lifetime go, never a tag's record (SCALE-OUT.md).
  const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir, "--maxmemory-policy", "volatile-lru"], {
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitFor(`redis on ${port}`, () => pingRedis(port), () => child.exitCode !== null);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    process: child,
    async stop() {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** PING over a plain socket: no client library needed to know it is up. */
async function pingRedis(port: number): Promise<boolean> {
  const { createConnection } = await import("node:net");
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port }, () => socket.write("PING\r\n"));
    socket.setTimeout(1_000, () => (socket.destroy(), resolve(false)));
    socket.on("data", (data) => (socket.destroy(), resolve(data.toString().startsWith("+PONG"))));
    socket.on("error", () => resolve(false));
  });
}

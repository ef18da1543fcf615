// The cluster's purge, end to end on a Redis of this test's own and Debian's nginx:
// an app instance broadcasts, the purger beside nginx (scripts/purger.ts)
// hears it and puts nginx's cached page out of reach.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startRedis, type RedisServer } from "@/lib/cluster/redis";
import { startNginx } from "@/lib/serving/nginx";
import { redisPurger, subscribeToPurges } from "./redis-purge";

let redis: RedisServer;
let REDIS_URL = ""; // the test's own Redis, set before anything uses it
const runDir = mkdtempSync(path.join(tmpdir(), "copydesk-purger-test-"));
let edition = "第一版";
let app: Server;
let nginx: Awaited<ReturnType<typeof startNginx>>;
let purger: ChildProcess;
let base: string;

beforeAll(async () => {
  redis = await startRedis();
  REDIS_URL = redis.url;
  app = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<p>${edition}</p>`));
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  const port = await freePort();
  nginx = await startNginx({ port, appPort: (app.address() as AddressInfo).port, runDir });
  base = `http://127.0.0.1:${port}`;
  purger = spawn(process.execPath, ["--import", "tsx", "scripts/purger.ts"], { env: { ...process.env, REDIS_URL, NGINX_RUN_DIR: runDir }, stdio: ["ignore", "pipe", "inherit"] });
  // Subscribed once it says so.
  await new Promise<void>((resolve, reject) => {
    purger.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("Purging") && resolve());
    purger.once("exit", (code) => reject(new Error(`the purger exited with ${code}`)));
  });
}, 30_000);
afterAll(async () => {
  purger?.kill("SIGTERM");
  await nginx?.stop();
  app?.close();
  await redis?.stop();
  rmSync(runDir, { recursive: true, force: true });
});

const read = async () => {
  const response = await fetch(`${base}/`, { headers: { "accept-language": "zh-CN" } });
  return { cache: response.headers.get("x-cache"), body: await response.text() };
};

describe("a purge broadcast over Redis", () => {
  it("reaches the purger beside nginx, which puts the cached page out of reach", async () => {
    await read();
    expect(await read()).toEqual({ cache: "HIT", body: "<p>第一版</p>" });
    edition = "第二版";
    const generation = readFileSync(path.join(runDir, "generation.conf"), "utf8");

    const instance = redisPurger(REDIS_URL);
    try {
      await instance.purge();
    } finally {
      await instance.close();
    }
    // A new generation in nginx's cache key: the new page comes as a MISS,
    // not as the refresh of an entry whose second ran out (EXPIRED).
    let first: Awaited<ReturnType<typeof read>> | undefined;
    await expect
      .poll(async () => {
        const now = await read();
        if (now.body.includes("第二版")) first ??= now;
        return !!first;
      }, { interval: 10, timeout: 5_000 })
      .toBe(true);
    expect(first!.cache).toBe("MISS");
    expect(readFileSync(path.join(runDir, "generation.conf"), "utf8")).not.toBe(generation);
  });

  it("is heard by every subscriber: one purger per nginx", async () => {
    const heard: string[] = [];
    const channel = `copydesk:purge:test:${process.pid}`;
    const one = await subscribeToPurges(REDIS_URL, () => heard.push("one"), channel);
    const two = await subscribeToPurges(REDIS_URL, () => heard.push("two"), channel);
    const instance = redisPurger(REDIS_URL, channel);
    try {
      await instance.purge();
      await expect.poll(() => [...heard].sort(), { interval: 10, timeout: 5_000 }).toEqual(["one", "two"]);
    } finally {
      await Promise.all([instance.close(), one.close(), two.close()]);
    }
  });
});

// The purge against Debian's nginx itself, in front of a stand-in app whose
// page changes when we say so.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purgeNginxCache, startNginx } from "./nginx";

let edition = "第一版";
let forwardedFor: string | undefined;
let app: Server;
let nginx: Awaited<ReturnType<typeof startNginx>>;
let base: string;
const runDir = mkdtempSync(path.join(tmpdir(), "copydesk-nginx-test-"));

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  app = createServer((req, res) => {
    forwardedFor = req.headers["x-forwarded-for"] as string | undefined;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<p>${edition}</p>`);
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  const appPort = (app.address() as AddressInfo).port;
  const port = await freePort();
  nginx = await startNginx({ port, appPort, runDir });
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await nginx?.stop();
  app?.close();
  rmSync(runDir, { recursive: true, force: true });
});

const read = async () => {
  const response = await fetch(`${base}/`, { headers: { "accept-language": "zh-CN" } });
  return { cache: response.headers.get("x-cache"), body: await response.text() };
};

describe("purgeNginxCache", () => {
  it("puts the cached page out of reach at once: the next reader gets the new one, fetched fresh", async () => {
    await read();
    expect(await read()).toEqual({ cache: "HIT", body: "<p>第一版</p>" });

    edition = "第二版";
    expect(purgeNginxCache(runDir)).toBe(true);
    // The reload takes a moment; until the new workers answer, the old ones
    // may still serve the old page. The new one must then come as a MISS
    // under the new key, not as an expired entry's refresh (EXPIRED) once
    // the micro-cache's second is out.
    let first: Awaited<ReturnType<typeof read>> | undefined;
    await expect
      .poll(async () => {
        const now = await read();
        if (now.body.includes("第二版")) first ??= now;
        return !!first;
      }, { interval: 10, timeout: 5_000 })
      .toBe(true);
    expect(first!.cache).toBe("MISS");
    expect(await read()).toEqual({ cache: "HIT", body: "<p>第二版</p>" });
  });

  it("does nothing without an nginx of its own to reload", () => {
    expect(purgeNginxCache(undefined)).toBe(false);
    expect(purgeNginxCache(mkdtempSync(path.join(tmpdir(), "copydesk-no-nginx-")))).toBe(false);
  });

  it("never signals a process that merely took the pid of a dead nginx", async () => {
    const stranger = spawn("sleep", ["30"]);
    const dir = mkdtempSync(path.join(tmpdir(), "copydesk-stale-pid-"));
    writeFileSync(path.join(dir, "nginx.pid"), `${stranger.pid}\n`);
    try {
      expect(purgeNginxCache(dir)).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(stranger.exitCode).toBeNull();
      expect(stranger.signalCode).toBeNull();
    } finally {
      stranger.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the proxy headers", () => {
  it("overwrite X-Forwarded-For with the address nginx saw: a client's claim never reaches the app", async () => {
    await fetch(`${base}/desk`, { headers: { "x-forwarded-for": "6.6.6.6, 10.0.0.1" } });
    expect(forwardedFor).toBe("127.0.0.1");
  });
});

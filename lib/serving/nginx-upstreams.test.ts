// Several app instances behind Debian's nginx: the generated upstream, and
// what it does when one instance answers 503 (as one that is shutting down
// would) — a reader's GET is retried on the other, a POST is not.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nginxBinary, nginxConfig, startNginx, writeNginxConfig } from "./nginx";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "copydesk-upstreams-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** An app instance that answers every request with one status, and counts them. */
async function instance(status: number, name: string) {
  const seen = { GET: 0, POST: 0 };
  const server: Server = createServer((req, res) => {
    seen[req.method as "GET" | "POST"] += 1;
    req.resume();
    req.on("end", () => res.writeHead(status, { "content-type": "text/plain" }).end(name));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => void server.close());
  return { port: (server.address() as AddressInfo).port, seen };
}

async function nginxBefore(upstreams: number[]) {
  const port = await freePort();
  const nginx = await startNginx({ port, upstreams, runDir: scratch() });
  cleanups.push(() => nginx.stop());
  return `http://127.0.0.1:${port}`;
}

describe("nginx in front of several app instances", () => {
  it("lists every instance, each left alone for 2 s after one failure, and retries on errors, timeouts, 502 and 503", () => {
    const config = nginxConfig({ port: 8080, upstreams: [3001, "10.0.0.2:3000"], runDir: "/run/copydesk" });
    expect(config).toContain("server 127.0.0.1:3001 max_fails=1 fail_timeout=2s;");
    expect(config).toContain("server 10.0.0.2:3000 max_fails=1 fail_timeout=2s;");
    expect(config).toContain("proxy_next_upstream error timeout http_502 http_503;");
    // Not `non_idempotent`: a POST that reached an instance is never sent twice.
    expect(config).not.toContain("non_idempotent");
    const dir = scratch();
    const file = writeNginxConfig({ port: 8080, upstreams: [3001, 3002], runDir: dir });
    expect(() => execFileSync(nginxBinary(), ["-t", "-c", file], { stdio: "pipe" })).not.toThrow();
  });

  it("needs at least one instance", () => {
    expect(() => nginxConfig({ port: 8080, upstreams: [], runDir: "/run/copydesk" })).toThrow(/appPort or upstreams/);
  });

  it("answers every reader GET from the healthy instance while the other answers 503", async () => {
    const failing = await instance(503, "A");
    const healthy = await instance(200, "B");
    const base = await nginxBefore([failing.port, healthy.port]);
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${base}/api/health?i=${i}`);
      expect({ status: response.status, body: await response.text() }).toEqual({ status: 200, body: "B" });
    }
    expect(failing.seen.GET).toBeGreaterThan(0); // it was asked, and its 503 was retried on B
  });

  it("does not send a POST that reached an instance to another one", async () => {
    const failing = await instance(503, "A");
    const healthy = await instance(200, "B");
    const base = await nginxBefore([failing.port, healthy.port]);
    // Round robin: one of the first two POSTs goes to A.
    const answers: number[] = [];
    for (let i = 0; i < 2 && failing.seen.POST === 0; i++) answers.push((await fetch(`${base}/api/save`, { method: "POST", body: "x" })).status);
    expect(failing.seen.POST).toBe(1);
    expect(answers.at(-1)).toBe(503);
    expect(healthy.seen.POST).toBe(answers.length - 1);
  });
});

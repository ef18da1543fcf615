// Graceful shutdown against a real HTTP server: a request in flight when the
// server is told to stop still gets its answer; a new connection is refused.
import { spawn } from "node:child_process";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { closeGracefully } from "./graceful";

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

/** A server whose /slow answers only when release() is called. */
async function slowServer() {
  let release = () => {};
  const arrived = new Promise<void>((resolveArrived) => {
    server = createServer((req, res) => {
      if (req.url !== "/slow") return void res.end("quick");
      resolveArrived();
      release = () => res.end("slow but whole");
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { port: (server!.address() as AddressInfo).port, arrived, release: () => release() };
}

const get = (port: number, path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, body }));
    });
    req.on("error", reject);
    req.end();
  });

describe("closeGracefully", () => {
  it("lets a request in flight finish with its 200, refuses new connections, then reports drained", async () => {
    const { port, arrived, release } = await slowServer();
    const inFlight = get(port, "/slow");
    await arrived;

    const stopped = closeGracefully(server!, { timeoutMs: 10_000 });
    await expect(get(port, "/")).rejects.toMatchObject({ code: "ECONNREFUSED" });

    release();
    expect(await inFlight).toEqual({ status: 200, body: "slow but whole" });
    expect(await stopped).toBe("drained");
  });

  it("closes a keep-alive connection once its request is done, instead of waiting out its timeout", async () => {
    const { port, arrived, release } = await slowServer();
    server!.keepAliveTimeout = 60_000;
    const inFlight = new Promise<number>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path: "/slow", headers: { connection: "keep-alive" } }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode!));
      });
      req.on("error", reject);
      req.end();
    });
    await arrived;
    const stopped = closeGracefully(server!, { timeoutMs: 10_000 });
    release();
    expect(await inFlight).toBe(200);
    expect(await stopped).toBe("drained");
  });

  it("cuts off a request that outlives the bound", async () => {
    const { port, arrived } = await slowServer();
    const inFlight = get(port, "/slow").catch((error: NodeJS.ErrnoException) => error.code);
    await arrived;
    expect(await closeGracefully(server!, { timeoutMs: 100 })).toBe("timed-out");
    expect(await inFlight).toBe("ECONNRESET");
  });
});

describe("a server process sent SIGTERM (scripts/serve.ts's handling)", () => {
  it("answers the slow request in flight with its 200, refuses new connections, and exits 0", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/testing/slow-server.ts"], { stdio: ["pipe", "pipe", "inherit"] });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    let output = "";
    const said = (text: string) =>
      new Promise<string>((resolve) => {
        const check = () => output.includes(text) && resolve(output);
        child.stdout!.on("data", (chunk: Buffer) => ((output += chunk.toString()), check()));
        check();
      });
    try {
      const port = Number(/port (\d+)/.exec(await said("port "))![1]);
      const inFlight = get(port, "/slow");
      await said("arrived");

      child.kill("SIGTERM");
      await expect.poll(() => get(port, "/").then(() => "answered", (error: NodeJS.ErrnoException) => error.code), { interval: 20, timeout: 5_000 }).toBe("ECONNREFUSED");
      expect(child.exitCode).toBeNull(); // still finishing the slow one

      child.stdin!.write("release\n");
      expect(await inFlight).toEqual({ status: 200, body: "slow but whole" });
      expect(await exited).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  }, 30_000);
});

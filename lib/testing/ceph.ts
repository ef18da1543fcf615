// A real S3 server for tests: Ceph's radosgw from Debian, with one monitor
// and one in-memory OSD behind it, started in a scratch folder on free
// loopback ports (lib/testing/ceph-start.sh) and stopped with every daemon
// killed and the folder removed. Nothing here is a fake: what passes against
// it passes against an S3 service.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { CreateBucketCommand } from "@aws-sdk/client-s3";
import { s3Client, type S3Settings } from "@/lib/media/s3-storage";

const SCRIPT = path.join(import.meta.dirname, "ceph-start.sh");
const run = promisify(execFile);

/** Where to reach the S3 gateway, without a bucket (each test makes its own). */
export type S3Server = Omit<S3Settings, "bucket">;

export interface CephServer extends S3Server {
  dir: string;
  /** Milliseconds from nothing to an S3 user that can sign requests. */
  startMs: number;
  /** Resident memory of each daemon, in bytes, as of now. */
  memory(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The daemons' pids, from the pid files they wrote. */
async function daemons(dir: string): Promise<Map<string, number>> {
  const runDir = path.join(dir, "run");
  if (!existsSync(runDir)) return new Map();
  const files = (await readdir(runDir)).filter((f) => f.endsWith(".pid"));
  return new Map(await Promise.all(files.map(async (f) => [f.replace(/\.pid$/, ""), Number(await readFile(path.join(runDir, f), "utf8"))] as const)));
}

async function stopDaemons(dir: string) {
  const pids = [...(await daemons(dir)).values()].filter((pid) => pid > 0 && alive(pid));
  for (const pid of pids) process.kill(pid, "SIGTERM");
  // Each daemon gets 2 s to go on its own; what is left is killed (its data
  // is in memory and the folder goes next, so nothing is lost that was kept).
  for (let i = 0; i < 20 && pids.some(alive); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  for (const pid of pids.filter(alive)) process.kill(pid, "SIGKILL");
}

async function logTail(dir: string): Promise<string> {
  const logs = path.join(dir, "log");
  if (!existsSync(logs)) return "";
  const parts = await Promise.all(
    (await readdir(logs)).map(async (f) => `--- ${f}\n${(await readFile(path.join(logs, f), "utf8")).split("\n").slice(-15).join("\n")}`),
  );
  return parts.join("\n");
}

export async function startCeph(): Promise<CephServer> {
  const dir = await mkdtemp(path.join(tmpdir(), "copydesk-ceph-"));
  const [monPort, s3Port] = [await freePort(), await freePort()];
  const accessKeyId = `CD${randomBytes(9).toString("hex").toUpperCase()}`;
  const secretAccessKey = randomBytes(20).toString("hex");
  const started = performance.now();
  try {
    await run("bash", [SCRIPT, dir, String(monPort), String(s3Port), accessKeyId, secretAccessKey], { timeout: 120_000 });
  } catch (error) {
    const reason = (error as { stderr?: string }).stderr || (error as Error).message;
    const logs = await logTail(dir);
    await stopDaemons(dir);
    await rm(dir, { recursive: true, force: true });
    throw new Error(`Ceph did not start (Debian packages radosgw ceph-mon ceph-osd ceph-common installed?):\n${reason}\n${logs}`);
  }
  const server: S3Server = { endpoint: `http://127.0.0.1:${s3Port}`, region: "us-east-1", accessKeyId, secretAccessKey };
  await waitForGateway(server.endpoint);
  return {
    ...server,
    dir,
    startMs: Math.round(performance.now() - started),
    async memory() {
      const result: Record<string, number> = {};
      for (const [name, pid] of await daemons(dir)) {
        const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
        const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
        if (kb) result[name] = Number(kb) * 1024;
      }
      return result;
    },
    async stop() {
      await stopDaemons(dir);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** radosgw answers HTTP a moment after it has forked. */
async function waitForGateway(endpoint: string) {
  for (let i = 0; i < 300; i++) {
    if (await fetch(endpoint).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`radosgw did not answer at ${endpoint} within 30 s`);
}

/** A new empty bucket on `server`, for one test file; its settings are what S3_* would say. */
export async function createBucket(server: S3Server, prefix = "copydesk"): Promise<S3Settings> {
  const settings = { ...server, bucket: `${prefix}-${randomBytes(4).toString("hex")}` };
  const client = s3Client(settings);
  try {
    await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
  } finally {
    client.destroy();
  }
  return settings;
}

// Cluster benchmark (issue #14, "Measure"): two app instances behind nginx
// against the one-instance stack, both from the same build on one copy of
// the demo newsroom, started side by side in this run:
//   one      — one instance behind nginx, as `npm run start:prod` runs it
//              (Next's cache in the process, nginx purged by the app itself)
//   cluster  — instances A and B behind nginx, as `npm run start:cluster`
//              runs them (each in a folder of its own with its own copy of
//              `.next`, Next's cache on a Redis of this run's own, the purger
//              beside nginx)
// Then: wrk on the front page and an article through each nginx, cached (what
// readers get) and with nginx's cache bypassed by a signed-in cookie (what the
// instances themselves sustain: nginx's one-second micro-cache otherwise
// hides them); publish on B → visible through A and through nginx, over
// --publish-trials stories; the resident memory of every piece.
//   npm run bench:cluster -- [--seconds 10] [--connections 50] [--publish-trials 20] [--smoke]
// Needs a production build (`npx next build`), wrk, nginx, redis-server and
// Chromium; uses ports 3710–3715.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "redis";
import { instanceFolder, startInstance, type Instance } from "@/lib/cluster/instance";
import { startRedis, type RedisServer } from "@/lib/cluster/redis";
import { waitFor } from "@/lib/cluster/wait";
import { createDb } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { seedDemo } from "@/lib/demo/seed";
import { startNginx } from "@/lib/serving/nginx";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";
import { signIn } from "@/lib/testing/load/session";
import { numberOption } from "./lib/args";
import { measurePublishToVisibleAt } from "./lib/publish-visible";
import { rssTreeKiB } from "./lib/rss-tree";
import { wrk, type WrkResult } from "./lib/wrk";

// --smoke: every piece starts, answers and is measured once, at tiny sizes.
const smoke = process.argv.includes("--smoke");
const seconds = numberOption("seconds", smoke ? 1 : 10);
const connections = numberOption("connections", smoke ? 10 : 50);
const publishTrials = numberOption("publish-trials", smoke ? 2 : 20);
const PORTS = { redis: 3710, one: 3711, oneNginx: 3712, a: 3713, b: 3714, clusterNginx: 3715 };
const AUTH_SECRET = "bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz";

const log = (line = "") => console.log(line);
const scratch = mkdtempSync(path.join(tmpdir(), "copydesk-bench-cluster-"));
// nginx's workers (nobody, when started as root) must reach its run directories inside.
chmodSync(scratch, 0o755);
let database: TestDatabase | null = null;
let redis: RedisServer | null = null;
const instances: Instance[] = [];
const nginxes: Awaited<ReturnType<typeof startNginx>>[] = [];
let purger: ChildProcess | null = null;

try {
  log(`Copydesk cluster benchmark: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} at start`);
  database = await createTestDatabase("copydesk_bench_cluster");
  await migrate(database.url);
  const db = createDb(database.url, { max: 2 });
  await seedDemo(db);
  await db.$disconnect();
  redis = await startRedis(PORTS.redis);

  // What every instance is given; the scheduler stays off so that no tick runs during a measurement.
  const base: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, AUTH_SECRET, NODE_ENV: "production", SCHEDULER: "off" };
  delete base.NGINX_RUN_DIR;
  delete base.MEDIA_DIR;
  delete base.REDIS_URL;
  const dirs = { one: path.join(scratch, "one"), a: path.join(scratch, "a"), b: path.join(scratch, "b") };
  for (const dir of Object.values(dirs)) instanceFolder(process.cwd(), dir);
  const logFile = (name: string) => path.join("test-results", `bench-cluster-${name}.log`);
  const oneNginxDir = path.join(scratch, "nginx-one");
  const clusterNginxDir = path.join(scratch, "nginx-cluster");

  // One at a time: three Next servers compiling their first pages at once on two cores only wait for each other.
  const one = await startInstance("one", dirs.one, PORTS.one, { ...base, NGINX_RUN_DIR: oneNginxDir }, logFile("one"));
  const a = await startInstance("a", dirs.a, PORTS.a, { ...base, REDIS_URL: redis.url }, logFile("a"));
  const b = await startInstance("b", dirs.b, PORTS.b, { ...base, REDIS_URL: redis.url }, logFile("b"));
  instances.push(one, a, b);
  const oneNginx = await startNginx({ port: PORTS.oneNginx, appPort: PORTS.one, runDir: oneNginxDir });
  const clusterNginx = await startNginx({ port: PORTS.clusterNginx, upstreams: [PORTS.a, PORTS.b], runDir: clusterNginxDir });
  nginxes.push(oneNginx, clusterNginx);
  purger = spawn(process.execPath, ["--import", "tsx", "scripts/purger.ts"], { stdio: "ignore", env: { ...process.env, REDIS_URL: redis.url, NGINX_RUN_DIR: clusterNginxDir } });
  await waitFor("the purger", () => purgeSubscribers(redis!.url).then((n) => n > 0), () => purger!.exitCode !== null, 30_000);

  const urls = { one: `http://127.0.0.1:${PORTS.oneNginx}`, cluster: `http://127.0.0.1:${PORTS.clusterNginx}` };
  const front = await (await fetch(a.base, { headers: { "accept-language": "zh-CN" } })).text();
  const article = front.match(/href="(\/articles\/[^"]+)"/)?.[1];
  if (!article) throw new Error("no article link on the front page");
  const cookie = await signIn(urls.cluster, "reporter@copydesk.test");

  // Warm every cache on the way: Next's on each instance (and Redis), nginx's.
  for (const target of [one.base, a.base, b.base, urls.one, urls.cluster]) {
    for (const pathname of ["/", article]) {
      for (let i = 0; i < 4; i++) {
        await fetch(target + pathname, { headers: { "accept-encoding": "gzip", "accept-language": "zh-CN" } });
        await fetch(target + pathname, { headers: { "accept-encoding": "gzip", "accept-language": "zh-CN", cookie } });
      }
    }
  }

  log(`\nwrk -t2 -c${connections} -d${seconds}s, gzip, Accept-Language zh-CN; the one-instance stack and the cluster, one after the other`);
  const run = (label: string, target: string, headers: Record<string, string> = {}): WrkResult & { label: string } => {
    const result = { label, ...wrk(target, { seconds, connections, headers }) };
    log(`${label.padEnd(40)} ${String(result.rps).padStart(7)} req/s  p50 ${result.p50ms} ms  p99 ${result.p99ms} ms  errors ${result.errors}`);
    return result;
  };
  const pages = { front: "/", article } as const;
  const throughput = [] as { page: string; way: string; one: WrkResult; cluster: WrkResult }[];
  for (const [way, headers] of [
    ["nginx cache", {}],
    ["cache bypassed (signed in)", { cookie }],
  ] as const) {
    for (const [page, pathname] of Object.entries(pages)) {
      const oneResult = run(`one    ${page} ${way}`, urls.one + pathname, headers);
      const clusterResult = run(`A+B    ${page} ${way}`, urls.cluster + pathname, headers);
      throughput.push({ page, way, one: oneResult, cluster: clusterResult });
    }
  }

  // Memory after the load, before publishing: every piece is warm.
  const memory = memoryOf({
    "instance (one-instance stack)": one.process.pid!,
    "nginx (one-instance stack)": oneNginx.child.pid!,
    "instance A": a.process.pid!,
    "instance B": b.process.pid!,
    "nginx (cluster)": clusterNginx.child.pid!,
    Redis: redis.process.pid!,
    purger: purger.pid!,
  });

  log(`\npublish on B → visible through A and through nginx, ${publishTrials} stories`);
  const publish = await measurePublishToVisibleAt(b.base, { "through A": a.base, "through nginx": urls.cluster }, publishTrials);
  for (const [where, result] of Object.entries(publish)) log(`${where.padEnd(14)} p50 ${result.medianMs} ms  p95 ${result.p95Ms} ms  max ${result.maxMs} ms  (${result.samplesMs.join(", ")})`);

  const ratio = (x: number, y: number) => +(x / y).toFixed(2);
  log("\ncluster / one-instance");
  const ratios = throughput.map(({ page, way, one: o, cluster: c }) => ({ page, way, rps: ratio(c.rps, o.rps), p99: ratio(c.p99ms, o.p99ms) }));
  for (const r of ratios) log(`${`${r.page} ${r.way}`.padEnd(40)} req/s × ${r.rps}  p99 × ${r.p99}`);
  log("\nresident memory after the load");
  for (const [piece, { mib, processes }] of Object.entries(memory)) log(`${piece.padEnd(30)} ${mib.toFixed(1).padStart(7)} MiB  (${processes} process${processes === 1 ? "" : "es"})`);

  const errors = throughput.reduce((sum, t) => sum + t.one.errors + t.cluster.errors, 0);
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    "bench/results/cluster.json",
    JSON.stringify({ when: new Date().toISOString(), smoke, cores: os.cpus().length, seconds, connections, publishTrials, throughput, ratios, publish, memory, errors }, null, 2),
  );
  if (errors > 0) {
    log(`\n✖ ${errors} failed requests under wrk`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  purger?.kill("SIGTERM");
  await Promise.all(nginxes.map((nginx) => nginx.stop()));
  await Promise.all(instances.map((instance) => instance.stop()));
  await redis?.stop();
  await database?.drop().catch(() => {});
  rmSync(scratch, { recursive: true, force: true });
}

function memoryOf(pids: Record<string, number>) {
  return Object.fromEntries(
    Object.entries(pids).map(([piece, pid]) => {
      const { kib, processes } = rssTreeKiB(pid);
      return [piece, { mib: +(kib / 1024).toFixed(1), processes }];
    }),
  );
}

async function purgeSubscribers(url: string): Promise<number> {
  const client = createClient({ url });
  client.on("error", () => {});
  await client.connect();
  try {
    return Number((await client.pubSubNumSub("copydesk:purge"))["copydesk:purge"] ?? 0);
  } finally {
    client.destroy();
  }
}

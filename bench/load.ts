// Load test: the reader/desk mix (lib/testing/load/mix.ts) at half of what the
// server was just measured to sustain, for a long run. Goals (issue #7):
// 0 errors, timeouts, non-2xx answers or save conflicts; the server's
// resident memory at the end within 10 % of what it was after warm-up (the
// first minute under load, for runs of 2 minutes or more).
//   npm run bench:load -- [--duration 300] [--url http://127.0.0.1:3000] [--port 3790]
//     [--capacity-seconds 15] [--capacity-connections 32] [--share 0.5]
// Without --url it starts the production build (run `npx next build` first)
// on a fresh database with the demo newsroom, on --port (its output in test-results/bench-server-PORT.log).
import os from "node:os";
import { numberOption, option } from "./lib/args";
import { createDrafts } from "@/lib/testing/load/drafts";
import { mib, pidListeningOn, rssKiB } from "@/lib/testing/load/memory";
import { connectionsFor, describeMix, readTargets, runMix, type MixResult } from "@/lib/testing/load/mix";
import { startServer, type StartedServer } from "./lib/server";
import { DEMO_STAFF, signIn } from "@/lib/testing/load/session";

const seconds = numberOption("duration", 300);
const capacitySeconds = numberOption("capacity-seconds", 15);
const capacityConnections = numberOption("capacity-connections", 32);
const share = numberOption("share", 0.5);
const warmupSeconds = 5;
const warmupConnections = 8;
const MAX_GROWTH = 0.1;

const log = (line = "") => console.log(line);

let server: StartedServer | null = null;
let failed = false;
try {
  const url = option("url");
  if (!url) server = await startServer(numberOption("port", 3790));
  const base = (url ?? server!.base).replace(/\/$/, "");
  const port = Number(new URL(base).port || 80);
  log(`Copydesk load test against ${base}; ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} at start`);

  const cookies = await Promise.all(DEMO_STAFF.map((email) => signIn(base, email)));
  const targets = await readTargets(base);
  log(`reads: ${targets.articles.length} articles, ${targets.sections.length} sections, ${targets.searches.length} searches, zh-CN and en; saves: autosave route, one draft per connection, ${cookies.length} staff sessions`);
  const pid = pidListeningOn(port);

  // Each phase saves its own drafts: a save still in flight when a phase ends
  // may commit unseen, and its draft's next save would then be a conflict.
  const warmup = await runMix({ base, targets, connections: warmupConnections, seconds: warmupSeconds, editors: await createDrafts(base, cookies, warmupConnections, "预热") });
  log(describeMix(`warm-up (${warmupConnections} connections, unthrottled)`, warmup)[0]);

  const capacity = await runMix({ base, targets, connections: capacityConnections, seconds: capacitySeconds, editors: await createDrafts(base, cookies, capacityConnections, "容量") });
  for (const line of describeMix(`capacity (${capacityConnections} connections, unthrottled)`, capacity)) log(line);

  const rate = Math.max(1, Math.floor(capacity.rate * share));
  const connections = connectionsFor(rate);
  const editors = await createDrafts(base, cookies, connections, "负载");
  const before = rssKiB(pid);
  // Sampled every 5 s; a line every minute shows whether memory levels off or keeps climbing.
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssKiB(pid)), 5_000);
  log(`sustained: ${rate} req/s (${Math.round(share * 100)} % of capacity) on ${connections} connections for ${seconds} s; server pid ${pid} RSS after warm-up ${mib(before)}`);
  let sustained: MixResult;
  try {
    sustained = await runMix({ base, targets, connections, seconds, rate, editors });
  } finally {
    clearInterval(sampler);
  }
  const after = rssKiB(pid);
  // Growth is counted from the end of the first minute under load: the
  // short warm-up does not bring V8's heap and Next's caches to their
  // working size (the RSS climbs during that minute, then levels off).
  const settled = seconds >= 120 && samples.length >= 12 ? samples[11]! : before;
  const growth = (after - settled) / settled;
  for (const line of describeMix("sustained", sustained)) log(line);
  const peak = Math.max(before, after, ...samples);
  const minutes = samples.filter((_, i) => (i + 1) % 12 === 0).map(mib);
  log(`memory: RSS ${mib(before)} after warm-up, ${mib(settled)} after the first minute under load → ${mib(after)} at the end (${(growth * 100).toFixed(1)} %), peak ${mib(peak)}; each minute: ${minutes.join(", ") || "–"}`);

  const lost = Object.values(sustained.kinds).reduce((sum, k) => sum + k.lost, 0);
  const goals: [string, boolean][] = [
    ["0 errors", sustained.errors === 0],
    ["0 timeouts", sustained.timeouts === 0],
    ["0 non-2xx answers", sustained.non2xx === 0],
    ["0 requests lost", lost === 0],
    ["0 save conflicts", sustained.conflicts === 0],
    [`achieved rate ≥ 90 % of ${rate} req/s`, sustained.rate >= rate * 0.9],
    [`memory growth ≤ ${MAX_GROWTH * 100} %`, growth <= MAX_GROWTH],
  ];
  log();
  for (const [goal, met] of goals) log(`${met ? "met   " : "FAILED"} ${goal}`);
  failed = goals.some(([, met]) => !met);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await server?.stop();
}
process.exit(failed ? 1 : 0);

// Serving benchmark (issue: "a serving stack that reads at static-file speed").
// Starts app, B1, the nginx stack and B0 side by side (bench/lib/stack.ts),
// warms each, then runs wrk against the front page and an article on each,
// and prints req/s and latency with ratios to B0 and B1 from the same run.
// Then Lighthouse (median of 3) and the JavaScript budget on the app.
//   npm run bench:serving -- [--seconds 10] [--connections 50] [--publish-trials 5] [--lighthouse-runs 3]
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { startStack } from "./lib/stack";
import { wrk, type WrkResult } from "./lib/wrk";
import { measurePublishToVisible } from "./lib/publish-visible";

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
// --smoke: CI's short run. It checks that everything answers without errors
// and prints the figures; the goals are judged on a full run, not on a
// machine busy with other tests.
const smoke = process.argv.includes("--smoke");
const seconds = arg("seconds", smoke ? 2 : 10);
const connections = arg("connections", 50);
const publishTrials = arg("publish-trials", smoke ? 1 : 5);

const stack = await startStack();
try {
  const { urls } = stack;
  const front = await (await fetch(urls.app, { headers: { "accept-language": "zh-CN" } })).text();
  const article = front.match(/href="(\/articles\/[^"]+)"/)?.[1];
  if (!article) throw new Error("no article link on the front page");

  // Warm every cache on the way (Next's, the finished-page memo, nginx's).
  for (const base of [urls.app, urls.b1, urls.stack]) {
    for (const path of ["/", article]) for (let i = 0; i < 5; i++) await fetch(base + path, { headers: { "accept-encoding": "gzip", "accept-language": "zh-CN" } });
  }

  const run = (label: string, target: string): WrkResult & { label: string } => {
    const result = { label, ...wrk(target, { seconds, connections }) };
    console.log(`${label.padEnd(22)} ${String(result.rps).padStart(7)} req/s  p50 ${result.p50ms} ms  p99 ${result.p99ms} ms  errors ${result.errors}`);
    return result;
  };
  console.log(`wrk -t2 -c${connections} -d${seconds}s, gzip, Accept-Language zh-CN`);
  const b0 = run("B0 nginx gzip_static /", `${urls.b0}/`);
  const b1Front = run("B1 next start /", `${urls.b1}/`);
  const b1Article = run("B1 next start article", urls.b1 + article);
  const appFront = run("app /", `${urls.app}/`);
  const appArticle = run("app article", urls.app + article);
  const stackFront = run("stack /", `${urls.stack}/`);
  const stackArticle = run("stack article", urls.stack + article);

  // Once more on a dropped keep-alive connection (Next closes idle ones after 5 s).
  const body = (target: string) => fetch(target, { headers: { "accept-language": "zh-CN" } }).then((r) => r.arrayBuffer());
  const gz = async (target: string) => gzipSync(Buffer.from(await body(target).catch(() => body(target)))).length;
  const htmlGzip = { app: await gz(`${urls.app}/`), b1: await gz(`${urls.b1}/`) };

  const publish = await measurePublishToVisible(urls.stack, urls.app, publishTrials);

  // Reader weight, on the app as `npm start` serves it.
  const lighthouseRuns = arg("lighthouse-runs", smoke ? 0 : 3);
  const weight = {
    lighthouse: lighthouseRuns > 0 ? spawnSync("node", ["bench/lighthouse.mjs", urls.app, String(lighthouseRuns)], { stdio: "inherit" }).status === 0 : true,
    javascript: spawnSync("node", ["bench/js-budget.mjs", urls.app], { stdio: "inherit" }).status === 0,
  };

  const ratio = (a: number, b: number) => +(a / b).toFixed(2);
  const goals = {
    "stack / ≥ 0.5 × B0": ratio(stackFront.rps, b0.rps),
    "stack article ≥ 0.5 × B0": ratio(stackArticle.rps, b0.rps),
    "app / ≥ 1 × B1": ratio(appFront.rps, b1Front.rps),
    "app article ≥ 1 × B1": ratio(appArticle.rps, b1Article.rps),
    "HTML gzip ≤ 1.5 × B1's": ratio(htmlGzip.app, htmlGzip.b1),
  };
  const met = {
    ratios:
      goals["stack / ≥ 0.5 × B0"] >= 0.5 &&
      goals["stack article ≥ 0.5 × B0"] >= 0.5 &&
      goals["app / ≥ 1 × B1"] >= 1 &&
      goals["app article ≥ 1 × B1"] >= 1 &&
      goals["HTML gzip ≤ 1.5 × B1's"] <= 1.5,
    stackP99: stackFront.p99ms <= 50 && stackArticle.p99ms <= 50,
    errors: [b0, b1Front, b1Article, appFront, appArticle, stackFront, stackArticle].every((r) => r.errors === 0),
    publish: publish.maxMs <= 1000,
    ...weight,
  };
  console.log("\nratios", goals);
  console.log(`HTML gzip bytes: app ${htmlGzip.app}, B1 ${htmlGzip.b1}`);
  console.log(`publish → visible on / through nginx: ${publish.samplesMs.join(", ")} ms (median ${publish.medianMs}, max ${publish.maxMs})`);
  console.log("goals met", met);

  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    "bench/results/serving.json",
    JSON.stringify({ when: new Date().toISOString(), seconds, connections, results: [b0, b1Front, b1Article, appFront, appArticle, stackFront, stackArticle], htmlGzip, goals, publish, met }, null, 2),
  );
  process.exitCode = (smoke ? met.errors && met.javascript : Object.values(met).every(Boolean)) ? 0 : 1;
} finally {
  await stack.stop();
}

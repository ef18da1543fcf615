// Desk saves under many editors: each editor saves its own draft `rate`
// times a second, the editors spread evenly over the second, each save
// typed over the version the previous one returned. Measured from the
// client: the time from sending a save to having its answer (the server's
// commit), through both ways the desk saves —
//   the autosave route  POST /api/articles/[id]/autosave (typing, leaving)
//   the save action     the form's Save button: POST to the article's page
//                       with `Next-Action`, as the browser sends it
// — and, paced the same way in the same run, GET /api/health (session-less,
// one `SELECT 1`) as the baseline. Goals (issue #8): p50 ≤ 50 ms and
// p99 ≤ 200 ms for each way with 10 editors saving twice a second, 0 conflicts.
//   npm run bench:desk -- [--editors 10] [--rate 2] [--duration 30] [--url http://127.0.0.1:3000] [--port 3791]
// Without --url it starts the production build (run `npx next build` first)
// on a fresh database with the demo newsroom, on --port (its output in test-results/bench-server-PORT.log).
import os from "node:os";
import { actionId, actionRequest, actionResult } from "@/lib/testing/load/action";
import { numberOption, option } from "./lib/args";
import { createDrafts, draftFields, SAVE_ACTION, type DeskEditor } from "@/lib/testing/load/drafts";
import { startServer, type StartedServer } from "./lib/server";
import { DEMO_STAFF, signIn } from "@/lib/testing/load/session";
import { summary } from "@/lib/testing/load/stats";

const editorCount = numberOption("editors", 10);
const rate = numberOption("rate", 2);
const seconds = numberOption("duration", 30);
const GOAL = { p50: 50, p99: 200 };

interface Outcome {
  ok: boolean;
  conflict?: boolean;
  detail?: string;
}

interface Paced {
  latencies: number[];
  errors: number;
  conflicts: number;
  /** Sends that were due while the same editor's previous save was still waiting for its answer. */
  late: number;
  failures: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `count` clients, each sending once every 1/rate s, one request at a time. */
async function paced(count: number, send: (client: number) => Promise<Outcome>): Promise<Paced> {
  const result: Paced = { latencies: [], errors: 0, conflicts: 0, late: 0, failures: [] };
  const interval = 1000 / rate;
  const start = performance.now() + 200;
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: count }, async (_, client) => {
      // Spread over the interval, as people typing independently would be.
      for (let due = start + (client * interval) / count; due < end; due += interval) {
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        else result.late++;
        const sent = performance.now();
        const outcome = await send(client).catch((error: unknown): Outcome => ({ ok: false, detail: String(error) }));
        result.latencies.push(performance.now() - sent);
        if (outcome.conflict) result.conflicts++;
        if (!outcome.ok) {
          result.errors++;
          if (result.failures.length < 5) result.failures.push(outcome.detail ?? "refused");
        }
      }
    }),
  );
  return result;
}

function saved(editor: DeskEditor, status: number, answer: { ok?: boolean; version?: number; code?: string; message?: string } | null): Outcome {
  if (answer?.ok && typeof answer.version === "number") {
    editor.version = answer.version;
    editor.saved++;
    return { ok: true };
  }
  return { ok: false, conflict: answer?.code === "conflict", detail: `${status} ${answer?.code ?? ""} ${answer?.message ?? ""}` };
}

let server: StartedServer | null = null;
let failed = false;
try {
  const url = option("url");
  if (!url) server = await startServer(numberOption("port", 3791));
  const base = (url ?? server!.base).replace(/\/$/, "");
  console.log(`Copydesk desk saves against ${base}: editors ${editorCount}, ${rate} saves/s each, ${seconds} s per way; ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} at start`);
  const cookies = await Promise.all(DEMO_STAFF.map((email) => signIn(base, email)));
  const saveAction = actionId(SAVE_ACTION.filename, SAVE_ACTION.exportedName);

  const baseline = await paced(editorCount, async () => {
    const response = await fetch(`${base}/api/health`);
    await response.arrayBuffer();
    return { ok: response.ok, detail: String(response.status) };
  });

  const routeEditors = await createDrafts(base, cookies, editorCount, "自动保存基准");
  const route = await paced(editorCount, async (i) => {
    const editor = routeEditors[i]!;
    editor.saves++;
    const response = await fetch(`${base}/api/articles/${editor.id}/autosave`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: editor.cookie, origin: base },
      body: JSON.stringify({ ...draftFields("自动保存基准", editor.saves), version: editor.version }),
    });
    return saved(editor, response.status, await response.json().catch(() => null));
  });

  const actionEditors = await createDrafts(base, cookies, editorCount, "保存按钮基准");
  const action = await paced(editorCount, async (i) => {
    const editor = actionEditors[i]!;
    editor.saves++;
    const fields = { ...draftFields("保存按钮基准", editor.saves), id: editor.id, version: editor.version };
    const { url: page, init } = actionRequest(base, `/desk/articles/${editor.id}`, editor.cookie, saveAction, [fields]);
    const response = await fetch(page, init);
    const answer = actionResult<{ ok: boolean; data?: { version: number }; code?: string; message?: string }>(await response.text());
    return saved(editor, response.status, answer && { ...answer, version: answer.data?.version });
  });

  const baselineStats = summary(baseline.latencies);
  const rows: [string, Paced][] = [
    ["GET /api/health (baseline)", baseline],
    ["autosave route", route],
    ["save action (Save button)", action],
  ];
  console.log(`\n| way | answers | p50 | p99 | max | p50 / baseline | p99 / baseline | errors | conflicts | late |`);
  console.log(`|---|---|---|---|---|---|---|---|---|---|`);
  for (const [name, r] of rows) {
    const s = summary(r.latencies);
    console.log(
      `| ${name} | ${s.count} | ${s.p50.toFixed(1)} ms | ${s.p99.toFixed(1)} ms | ${s.max.toFixed(1)} ms | ${(s.p50 / baselineStats.p50).toFixed(1)}× | ${(s.p99 / baselineStats.p99).toFixed(1)}× | ${r.errors} | ${r.conflicts} | ${r.late} |`,
    );
    for (const failure of r.failures) console.log(`    ${name}: ${failure}`);
  }

  const goals: [string, boolean][] = [];
  for (const [name, r] of rows.slice(1)) {
    const s = summary(r.latencies);
    goals.push([`${name}: p50 ≤ ${GOAL.p50} ms`, s.p50 <= GOAL.p50], [`${name}: p99 ≤ ${GOAL.p99} ms`, s.p99 <= GOAL.p99]);
    goals.push([`${name}: 0 errors, 0 conflicts`, r.errors === 0 && r.conflicts === 0]);
  }
  console.log();
  for (const [goal, met] of goals) console.log(`${met ? "met   " : "FAILED"} ${goal}`);
  failed = goals.some(([, met]) => !met);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await server?.stop();
}
process.exit(failed ? 1 : 0);

import fc from "fast-check";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { SIZES, TEST_SEED } from "@/lib/testing/size";
import { callAction, checkActionAnswer, manifestActions, pool, Tally, type ManifestAction } from "./support/fuzz-battery";
import { makeFixtures } from "./support/fuzz-fixtures";
import { actionInput, formInput, type Json } from "./support/fuzz-inputs";
import { ACTION_MODELS, type ActionModel, type Fixtures } from "./support/fuzz-models";
import { fuzzRoutes } from "./support/fuzz-routes";
import { crashesInLog, logOffset, sessionCookie } from "./support/fuzz-server";

// Every server action and route handler, fed generated input over HTTP
// against the production build: no answer may be a 5xx, every refusal says
// why, and the server logs no unhandled rejection. FUZZ_CASES sets the cases
// per action (50 in `npm test`, 1,000 in `npm run test:full`: about 10
// minutes on 2 cores); FUZZ_SEED replays a run (lib/testing/size.ts).
const CASES = SIZES.fuzzCases;
const SEED = TEST_SEED;
const CONCURRENCY = 4;

test.describe.configure({ mode: "serial" });
// Thousands of generated writes (settings, sections, users, published
// imports) must not leak into what other specs read, and the server's log is
// the battery's alone: a server of its own.
test.use({ ownServer: "fuzz" });

let server: { base: string; databaseUrl: string; logPath: string };
let sessions: { admin: string; reporter: string; visitor: string };
let fixtures: Fixtures;
let logStart = 0;

test.beforeAll(async ({ browser, server: own }) => {
  test.setTimeout(600_000);
  server = own;
  logStart = logOffset(server.logPath);
  sessions = {
    admin: await sessionCookie(browser, server.base, "admin@copydesk.test"),
    reporter: await sessionCookie(browser, server.base, "reporter@copydesk.test"),
    // The session the login and sign-out actions run in: signing out ends it on the server.
    visitor: await sessionCookie(browser, server.base, "chief@copydesk.test"),
  };
  fixtures = await makeFixtures(server.base, server.databaseUrl, sessions.admin);
});

/** Who makes case i: mostly the admin (every action allowed), some reporters, some signed-out visitors. */
function caller(model: ActionModel, i: number): { role: string; cookie?: string } {
  if (model.as === "anonymous-and-reporter") return i % 2 === 0 ? { role: "anonymous" } : { role: "visitor", cookie: sessions.visitor };
  if (i % 10 === 8) return { role: "reporter", cookie: sessions.reporter };
  if (i % 10 === 9) return { role: "anonymous" };
  return { role: "admin", cookie: sessions.admin };
}

const toForm = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
};

/** The generated cases of one action, as the argument lists its client would send. */
function cases(model: ActionModel, seed: number): { input: Json; args: unknown[] }[] {
  const example = model.example(fixtures);
  if (model.call === "none") {
    // No argument in the client; the generated ones are stray arguments a forged call could add.
    return fc.sample(fc.array(actionInput(null), { maxLength: 2 }), { numRuns: CASES, seed }).map((args) => ({ input: args, args }));
  }
  if (model.call === "object") return fc.sample(actionInput(example), { numRuns: CASES, seed }).map((input) => ({ input, args: [input] }));
  const fields = fc.sample(formInput(example as Record<string, string>), { numRuns: CASES, seed });
  return fields.map((input) => ({ input, args: model.call === "form" ? [toForm(input)] : [{}, toForm(input)] }));
}

test("every server action has an input model", () => {
  const actions = manifestActions();
  expect(actions.length).toBeGreaterThan(20);
  const missing = actions.filter((a) => !ACTION_MODELS[a.key]).map((a) => a.key);
  expect(missing, "server actions without an input model in e2e/support/fuzz-models.ts").toEqual([]);
});

test("server actions: generated input never gets a 5xx, and every refusal says why", async () => {
  test.setTimeout(30 * 60_000);
  const tally = new Tally();
  const started = performance.now();
  const actions: ManifestAction[] = manifestActions().filter((a) => ACTION_MODELS[a.key]);
  // Sign-out last: it ends the visitor's session, which the login cases also use.
  actions.sort((a, b) => Number(a.key.endsWith("#signOutAction")) - Number(b.key.endsWith("#signOutAction")));
  const seconds: [string, number][] = [];
  for (const [n, action] of actions.entries()) {
    const model = ACTION_MODELS[action.key]!;
    const page = model.page(fixtures);
    const actionStarted = performance.now();
    await pool(cases(model, SEED + n), CONCURRENCY, async ({ input, args }, i) => {
      const who = caller(model, i);
      const answer = await callAction({ base: server.base, page, actionId: action.id, args, cookie: who.cookie });
      checkActionAnswer(tally, `${action.key} as ${who.role}`, input, answer);
    });
    seconds.push([action.key.split("#")[1]!, (performance.now() - actionStarted) / 1000]);
  }
  const total = (performance.now() - started) / 1000;
  const slowest = seconds.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, s]) => `${name} ${s.toFixed(1)} s`);
  console.log(
    `[fuzz] server actions: ${actions.length} actions × ${CASES} cases = ${tally.requests} requests in ${total.toFixed(1)} s ` +
      `(${(tally.requests / total).toFixed(0)} req/s, slowest: ${slowest.join(", ")}; concurrency ${CONCURRENCY}, seed ${SEED}); statuses ${JSON.stringify(Object.fromEntries(tally.byStatus))}; 5xx: ${tally.serverErrors}`,
  );
  expect(tally.problems, `seed ${SEED}`).toEqual([]);
  expect(tally.requests).toBe(actions.length * CASES);
});

test("server actions: a body over the limit is refused with 413 and a sentence, declared or chunked", async () => {
  const tally = new Tally();
  const huge = "字".repeat(400_000); // 1.2 MB of UTF-8, over Next's 1 MB action limit
  for (const action of manifestActions().filter((a) => ACTION_MODELS[a.key])) {
    const model = ACTION_MODELS[action.key]!;
    const page = model.page(fixtures);
    const answer = await callAction({ base: server.base, page, actionId: action.id, args: [{ huge }], cookie: sessions.admin });
    checkActionAnswer(tally, `${action.key} (1.2 MB)`, "1.2 MB", answer);
    expect(answer.status, action.key).toBe(413);
    expect(answer.text).toMatch(/too large|太大/);
  }
  // A body sent in chunks, with no Content-Length to refuse it by.
  const action = manifestActions().find((a) => a.key.endsWith("#saveArticle"))!;
  const bytes = new TextEncoder().encode(JSON.stringify([{ huge }]));
  const chunked = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.subarray(at, at + 64 * 1024));
      controller.close();
    },
  });
  const response = await fetch(`${server.base}/desk/articles/${fixtures.articleId}`, {
    method: "POST",
    headers: { "Next-Action": action.id, Origin: server.base, Cookie: sessions.admin, "Content-Type": "text/plain;charset=UTF-8" },
    body: chunked,
    duplex: "half",
  } as RequestInit);
  expect(response.status).toBe(413);
  expect(await response.text()).toMatch(/too large|太大/);
  expect(tally.problems).toEqual([]);
});

test("route handlers: generated methods, ids and bodies never get a 5xx; oversized bodies get a 4xx with a message", async () => {
  test.setTimeout(10 * 60_000);
  const tally = new Tally();
  const started = performance.now();
  await fuzzRoutes({ base: server.base, admin: sessions.admin, fixtures, tally, seed: SEED, cases: CASES, concurrency: CONCURRENCY });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `[fuzz] route handlers: ${tally.requests} requests in ${seconds.toFixed(1)} s (${(tally.requests / seconds).toFixed(0)} req/s, seed ${SEED}); ` +
      `statuses ${JSON.stringify(Object.fromEntries(tally.byStatus))}; 5xx: ${tally.serverErrors}`,
  );
  expect(tally.problems, `seed ${SEED}`).toEqual([]);
});

test("the server logged no unhandled rejection or uncaught exception, and still answers", async () => {
  const health = await fetch(`${server.base}/api/health`);
  expect(health.status).toBe(200);
  const crashes = crashesInLog(server.logPath, logStart);
  console.log(`[fuzz] unhandled rejections / uncaught exceptions in the server log: ${crashes.length}`);
  expect(crashes).toEqual([]);
});

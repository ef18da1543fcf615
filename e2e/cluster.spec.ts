// Two instances behind nginx (issue #14): app A and app B from one build,
// each in a folder of its own with its own copy of `.next` and its own empty
// media folder (lib/cluster/instance.ts, as `npm run start:cluster` runs
// them), on one copy of the demo database, with a Redis of this spec's own
// for Next's cache and the purge broadcast, nginx in front of both and the
// purger beside it. Photos in the object store have a spec of their own
// (e2e/photos-s3.spec.ts), which starts Ceph.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { createClient } from "redis";
import { instanceFolder, startInstance, type Instance } from "@/lib/cluster/instance";
import { startRedis, type RedisServer } from "@/lib/cluster/redis";
import { startNginx } from "@/lib/serving/nginx";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { storageState } from "@/lib/testing/browser/accounts";
import { submitNewDraft } from "@/lib/testing/browser/pages";
import { cloneDatabase, dropDatabases } from "@/lib/testing/databases";
import { AUTH_SECRET, E2E_PORT, readTemplate } from "@/lib/testing/browser/servers";
import { DEMO_PASSWORD } from "@/lib/testing/load/session";

test.describe.configure({ mode: "serial" });

const ports = { redis: E2E_PORT + 70, a: E2E_PORT + 71, b: E2E_PORT + 72, nginx: E2E_PORT + 73 };
const SUFFIX = `cluster${E2E_PORT}`;
const scratch = path.join(tmpdir(), `copydesk-cluster-${E2E_PORT}`);
const nginxDir = path.join(scratch, "nginx");
const front = `http://127.0.0.1:${ports.nginx}`;

let redis: RedisServer;
let nginx: Awaited<ReturnType<typeof startNginx>>;
let purger: ChildProcess;
const apps: Record<"a" | "b", Instance> = {} as never;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(scratch, { recursive: true, force: true });
  redis = await startRedis(ports.redis);
  const { adminUrl, template } = readTemplate();
  await dropDatabases(adminUrl, `${template}_${SUFFIX}`);
  const databaseUrl = await cloneDatabase(adminUrl, template, SUFFIX);
  // What every instance of one deployment shares; nothing else is passed on.
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET, REDIS_URL: redis.url, SCHEDULER: "off" };
  delete env.NGINX_RUN_DIR;
  delete env.MEDIA_DIR;
  for (const name of ["a", "b"] as const) instanceFolder(process.cwd(), path.join(scratch, name));
  const [a, b] = await Promise.all(
    (["a", "b"] as const).map((name) => startInstance(name, path.join(scratch, name), ports[name], env, path.join(".data", `e2e-cluster-${name}-${E2E_PORT}.log`))),
  );
  Object.assign(apps, { a, b });
  nginx = await startNginx({ port: ports.nginx, upstreams: [ports.a, ports.b], runDir: nginxDir });
  purger = spawn(process.execPath, ["--import", "tsx", "scripts/purger.ts"], { stdio: "ignore", env: { ...process.env, REDIS_URL: redis.url, NGINX_RUN_DIR: nginxDir } });
  // The purger is listening once a broadcast reaches a subscriber.
  await expect.poll(() => subscribers(), { timeout: 15_000 }).toBeGreaterThan(0);
});

test.afterAll(async () => {
  purger?.kill("SIGKILL");
  await nginx?.stop();
  await Promise.all(Object.values(apps).map((app) => app.stop()));
  await redis?.stop();
  const { adminUrl, template } = readTemplate();
  await dropDatabases(adminUrl, `${template}_${SUFFIX}`);
  rmSync(scratch, { recursive: true, force: true });
});

async function withRedis<T>(query: (client: ReturnType<typeof createClient>) => Promise<T>): Promise<T> {
  const client = createClient({ url: redis.url });
  client.on("error", () => {});
  await client.connect();
  try {
    return await query(client);
  } finally {
    client.destroy();
  }
}
const subscribers = () => withRedis(async (client) => Number((await client.pubSubNumSub("copydesk:purge"))["copydesk:purge"] ?? 0));

const read = (base: string, pathname: string) => fetch(`${base}${pathname}`, { headers: { "accept-language": "zh-CN" } });
const where = () => ({ A: apps.a.base, B: apps.b.base, nginx: front });

test("the instances share nothing but the engines: own folders, own copies of the build", () => {
  expect(apps.a.dir).not.toBe(apps.b.dir);
  // A copy, not a link: each instance writes its own `.next`.
  for (const app of Object.values(apps)) expect(readFileSync(path.join(app.dir, ".next", "BUILD_ID"), "utf8")).toBe(readFileSync(".next/BUILD_ID", "utf8"));
});

test("a page rendered on A is a cache hit on B, with the lifetime A gave it", async () => {
  const pathname = "/sections/development-zone";
  const onA = await read(apps.a.base, pathname);
  expect(onA.status).toBe(200);
  expect(onA.headers.get("x-nextjs-cache")).toBe("MISS");
  const html = await onA.text();
  // B never rendered it: its first request is served from what A stored.
  const onB = await read(apps.b.base, pathname);
  expect(onB.headers.get("x-nextjs-cache")).toBe("HIT");
  expect(await onB.text()).toBe(html);
  expect(onB.headers.get("cache-control")).toBe(onA.headers.get("cache-control"));
  expect(onB.headers.get("cache-control")).toContain("s-maxage=60");
  // Entries are keyed by the build, so another build never reads them.
  const buildId = readFileSync(".next/BUILD_ID", "utf8").trim();
  expect(await withRedis((client) => client.keys(`copydesk:cache:${buildId}:e:*`))).not.toHaveLength(0);
});

for (const [publisher, other] of [
  ["b", "a"],
  ["a", "b"],
] as const) {
  test(`a story published on ${publisher.toUpperCase()} is on the front page through ${other.toUpperCase()} and through nginx, and no earlier copy comes back`, async ({ browser }) => {
    // Every way in holds a cached front page without the story.
    const headline = `开发区新桥通车 ${publisher}${Date.now().toString(36)}`;
    for (const base of Object.values(where())) {
      await read(base, "/");
      expect(await (await read(base, "/")).text()).not.toContain(headline);
    }
    await publishLead(browser, apps[publisher].base, headline);
    const published = Date.now();
    // Publish → visible is measured by `npm run bench:cluster`; here it must simply happen, everywhere.
    for (const [name, base] of Object.entries(where())) {
      await expect.poll(async () => (await (await read(base, "/")).text()).includes(headline), { message: name, intervals: [50], timeout: 10_000 }).toBe(true);
      test.info().annotations.push({ type: `publish on ${publisher.toUpperCase()} → visible through ${name}`, description: `${Date.now() - published} ms` });
    }
    // After the purge nothing serves the page as it was before.
    for (let i = 0; i < 6; i++) {
      for (const [name, base] of Object.entries(where())) expect(await (await read(base, "/")).text(), name).toContain(headline);
    }
  });
}

/** Signs in through Auth.js's credentials route; true when a session cookie came back. */
async function signsIn(base: string, email: string, password: string): Promise<boolean> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password }),
    redirect: "manual",
  });
  return response.headers.getSetCookie().some((c) => /authjs\.session-token=/.test(c));
}

test("five failed sign-ins alternating between A and B lock the account on both", async () => {
  const email = "reporter@copydesk.test";
  expect(await signsIn(apps.a.base, email, DEMO_PASSWORD)).toBe(true);
  for (let i = 0; i < 5; i++) expect(await signsIn(i % 2 ? apps.b.base : apps.a.base, email, `wrong-${i}`)).toBe(false);
  // The right password no longer opens it, on either instance.
  expect(await signsIn(apps.a.base, email, DEMO_PASSWORD)).toBe(false);
  expect(await signsIn(apps.b.base, email, DEMO_PASSWORD)).toBe(false);
  // Another account is not touched.
  expect(await signsIn(apps.b.base, "editor@copydesk.test", DEMO_PASSWORD)).toBe(true);
});

test("with Redis stopped, reader pages still answer and sign-in still throttles", async () => {
  await redis.stop();
  for (const [name, base] of Object.entries(where())) {
    for (const pathname of ["/", "/sections/development-zone", "/editions/2021-11-02"]) {
      expect((await read(base, pathname)).status, `${name} ${pathname}`).toBe(200);
    }
  }
  const email = "chief@copydesk.test";
  for (let i = 0; i < 5; i++) expect(await signsIn(i % 2 ? apps.b.base : apps.a.base, email, `wrong-${i}`)).toBe(false);
  expect(await signsIn(apps.a.base, email, DEMO_PASSWORD)).toBe(false);
  expect(await signsIn(apps.b.base, email, DEMO_PASSWORD)).toBe(false);
});

async function publishLead(browser: Browser, baseURL: string, headline: string) {
  const reporterContext = await browser.newContext({ baseURL, storageState: storageState("reporter") });
  const id = await submitNewDraft(await reporterContext.newPage(), { headline, body: "开发区新桥今天上午通车。" });
  await reporterContext.close();
  const chiefContext = await browser.newContext({ baseURL, storageState: storageState("chief") });
  const chief = await chiefContext.newPage();
  await chief.goto(`/desk/articles/${id}`);
  await chief.getByLabel("Section").selectOption({ label: "Development Zone" });
  await chief.getByLabel("Placement").selectOption({ label: "Lead" });
  await chief.getByRole("button", { name: "Approve and publish" }).click();
  await expect(chief.getByTestId("status").first()).toHaveText("Published");
  await chiefContext.close();
}

// Two instances behind nginx (issue #14): app A and app B from one build,
// each in a folder of its own with its own copy of `.next` and its own empty
// media folder (lib/cluster/instance.ts, as `npm run start:cluster` runs
// them), on one copy of the demo database, with a Redis of this spec's own
// for Next's cache and the purge broadcast, nginx in front of both and the
// purger beside it, and Ceph's radosgw from Debian as the S3 server for
// photos (lib/testing/ceph.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { request as http, type Browser } from "@playwright/test";
import { createClient } from "redis";
import sharp from "sharp";
import { createArticle } from "@/lib/articles/save";
import { createDb } from "@/lib/database/client";
import { s3Storage, type S3Settings } from "@/lib/media/s3-storage";
import { transition } from "@/lib/workflow/transition";
import { instanceFolder, startInstance, type Instance } from "@/lib/cluster/instance";
import { startRedis, type RedisServer } from "@/lib/cluster/redis";
import { startNginx } from "@/lib/serving/nginx";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { storageState } from "@/lib/testing/browser/accounts";
import { ArticleEditor, submitNewDraft } from "@/lib/testing/browser/pages";
import { cloneDatabase, dropDatabases } from "@/lib/testing/databases";
import { query } from "./support/fuzz-fixtures";
import { AUTH_SECRET, E2E_PORT, readTemplate } from "@/lib/testing/browser/servers";
import { createBucket, startCeph, type CephServer } from "@/lib/testing/ceph";
import { createDrafts } from "@/lib/testing/load/drafts";
import { actionId, callAction } from "@/lib/testing/load/action";
import { readTargets, runMix, KINDS } from "@/lib/testing/load/mix";
import { cookieFromStorageState, DEMO_PASSWORD, trySignIn } from "@/lib/testing/load/session";
import { SAVE_ACTION } from "@/lib/testing/load/drafts";

test.describe.configure({ mode: "serial" });

const ports = { redis: E2E_PORT + 70, a: E2E_PORT + 71, b: E2E_PORT + 72, nginx: E2E_PORT + 73 };
const logOf = (name: "a" | "b") => path.join(".data", `e2e-cluster-${name}-${E2E_PORT}.log`);
const SUFFIX = `cluster${E2E_PORT}`;
const scratch = path.join(tmpdir(), `copydesk-cluster-${E2E_PORT}`);
const nginxDir = path.join(scratch, "nginx");
const front = `http://127.0.0.1:${ports.nginx}`;

let redis: RedisServer;
let ceph: CephServer;
let bucket: S3Settings;
let databaseUrl = "";
let nginx: Awaited<ReturnType<typeof startNginx>>;
let purger: ChildProcess;
const apps: Record<"a" | "b", Instance> = {} as never;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  rmSync(scratch, { recursive: true, force: true });
  [redis, ceph] = await Promise.all([startRedis(ports.redis), startCeph()]);
  bucket = await createBucket(ceph);
  const { adminUrl, template } = readTemplate();
  await dropDatabases(adminUrl, `${template}_${SUFFIX}`);
  databaseUrl = await cloneDatabase(adminUrl, template, SUFFIX);
  // What every instance of one deployment shares; nothing else is passed on.
  // Both run the scheduler, often, to show that one at a time does the work.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET,
    REDIS_URL: redis.url,
    SCHEDULER_INTERVAL_MS: "500",
    S3_ENDPOINT: bucket.endpoint,
    S3_BUCKET: bucket.bucket,
    S3_ACCESS_KEY_ID: bucket.accessKeyId,
    S3_SECRET_ACCESS_KEY: bucket.secretAccessKey,
    S3_REGION: bucket.region,
  };
  delete env.SCHEDULER;
  delete env.NGINX_RUN_DIR;
  delete env.MEDIA_DIR;
  for (const name of ["a", "b"] as const) instanceFolder(process.cwd(), path.join(scratch, name));
  const [a, b] = await Promise.all(
    (["a", "b"] as const).map((name) => (rmSync(logOf(name), { force: true }), startInstance(name, path.join(scratch, name), ports[name], env, logOf(name)))),
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
  await ceph?.stop();
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

const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }) : []);

const sql = <T>(text: string, values: unknown[] = []) => query<T>(databaseUrl, text, values);

test("a photo uploaded through A is in the bucket, on neither disk, served by B to staff, and to readers once a live article uses it", async () => {
  const staffOnA = await http.newContext({ baseURL: apps.a.base, storageState: storageState("reporter") });
  const png = await sharp({ create: { width: 700, height: 500, channels: 3, background: "#468" } }).png().toBuffer();
  const upload = await staffOnA.post("/api/media", { headers: { origin: apps.a.base }, multipart: { file: { name: "现场.png", mimeType: "image/png", buffer: png } } });
  expect(upload.status(), await upload.text()).toBe(201);
  const { id } = (await upload.json()) as { id: string };
  await staffOnA.dispose();

  const [{ key }] = (await sql<{ key: string }>(`SELECT key FROM "Media" WHERE id = $1`, [id])) as [{ key: string }];
  const stored = await s3Storage(bucket).get(`${key}/640`);
  expect(stored?.contentType).toBe("image/webp");
  expect(await s3Storage(bucket).get(`${key}/original`)).not.toBeNull();
  for (const app of Object.values(apps)) expect(filesIn(path.join(app.dir, ".data", "media"))).toEqual([]);

  // Staff on B: the same bytes, kept privately.
  const staffOnB = await http.newContext({ baseURL: apps.b.base, storageState: storageState("editor") });
  const onB = await staffOnB.get(`/media/${id}/640`);
  expect(onB.status()).toBe(200);
  expect(onB.headers()["cache-control"]).toMatch(/^private/);
  expect(Buffer.compare(await onB.body(), stored!.bytes)).toBe(0);
  await staffOnB.dispose();

  // Readers: nothing while no live article uses the picture, on either instance or through nginx.
  for (const base of Object.values(where())) expect((await fetch(`${base}/media/${id}/640`)).status).toBe(404);

  // Placed in a published article (arranged in the database): readers get it from B.
  const [live] = await sql<{ id: string }>(`SELECT id FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`);
  await sql(`INSERT INTO "ArticlePhoto" (id, "articleId", position, caption, "mediaId") VALUES ($1, $2, 99, '现场', $3)`, [`s3photo${Date.now()}`, live!.id, id]);
  const forReaders = await fetch(`${apps.b.base}/media/${id}/640`);
  expect(forReaders.status).toBe(200);
  expect(forReaders.headers.get("cache-control")).toMatch(/^public/);
  expect(Buffer.compare(Buffer.from(await forReaders.arrayBuffer()), stored!.bytes)).toBe(0);
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

const signsIn = async (base: string, email: string, password: string) => (await trySignIn(base, email, password)) !== null;

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

const published = (name: "a" | "b") => [...readFileSync(logOf(name), "utf8").matchAll(/\[scheduler\] published (\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);

/** `count` articles scheduled for `at`, through the state machine, as the desk would. */
async function scheduleArticles(count: number, label: string, at: Date): Promise<string[]> {
  const db = createDb(databaseUrl, { max: 2 });
  try {
    const [reporter, chief] = await Promise.all(
      ["reporter@copydesk.test", "chief@copydesk.test"].map((email) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } })),
    );
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const article = await createArticle(db, reporter!, {
        kicker: null,
        headline: `${label} ${i + 1}`,
        subheadline: null,
        dateline: "本报讯",
        summary: null,
        body: "定时发布的稿件正文。",
        contributors: [{ name: "郭坤", role: "REPORTER", credit: "TEXT" }],
      });
      await transition(db, reporter!, { articleId: article.id, name: "submit", expectedVersion: 1 });
      await transition(db, chief!, { articleId: article.id, name: "schedule", expectedVersion: 2, publishAt: at });
      ids.push(article.id);
    }
    return ids;
  } finally {
    await db.$disconnect();
    await db.pool.end();
  }
}

async function publishEvents(ids: string[]) {
  const rows = await sql<{ articleId: string; n: string }>(`SELECT "articleId", count(*) AS n FROM "WorkflowEvent" WHERE "toStatus" = 'PUBLISHED' AND "articleId" = ANY($1) GROUP BY 1`, [ids]);
  return rows.map((row) => Number(row.n));
}

test("20 articles due at once are published once each with both schedulers running; kill -9 of the one doing the work under steady reads and saves fails no reader, loses no typing, and the other takes over", async ({ browser }) => {
  test.setTimeout(150_000);
  const first = await scheduleArticles(20, `同时到点 ${Date.now().toString(36)}`, new Date(Date.now() + 3_000));
  await expect.poll(async () => (await publishEvents(first)).length, { timeout: 30_000 }).toBe(20);
  expect(await publishEvents(first)).toEqual(Array(20).fill(1));
  const holder = published("a") >= 20 ? "a" : "b";
  const other = holder === "a" ? "b" : "a";
  expect(published(holder) + published(other)).toBe(20);

  // Reads and desk saves through nginx at a steady rate; the holder is killed in the middle.
  const cookies = (["reporter", "editor", "chief"] as const).map((role) => cookieFromStorageState(storageState(role)));
  const editors = await createDrafts(front, cookies, 6, "集群负载");
  const targets = await readTargets(front);
  // And a reporter typing in the desk's editor through nginx all the while.
  const [draft] = await createDrafts(front, [cookies[0]!], 1, "集群编辑");
  const context = await browser.newContext({ baseURL: front, storageState: storageState("reporter") });
  const page = await context.newPage();
  const failedSaves: string[] = [];
  page.on("response", (response) => void (response.url().includes("/autosave") && !response.ok() && failedSaves.push(String(response.status()))));
  page.on("requestfailed", (request) => void (request.url().includes("/autosave") && failedSaves.push(request.failure()?.errorText ?? "failed")));
  await page.goto(`/desk/articles/${draft!.id}`);
  const editor = new ArticleEditor(page);
  await expect(editor.body()).toHaveAttribute("contenteditable", "true");
  await editor.body().click();
  await editor.body().press("ControlOrMeta+End");
  const typed: string[] = [];
  const typing = (async () => {
    for (let i = 1; i <= 10; i++) {
      const paragraph = `集群第${i}段，一二三四五。`;
      await page.keyboard.press("Enter");
      await page.keyboard.insertText(paragraph);
      typed.push(paragraph);
      await page.waitForTimeout(600);
    }
  })();

  const mix = runMix({ base: front, targets, connections: 6, seconds: 8, rate: 30, editors });
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  apps[holder].kill();
  const second = await scheduleArticles(3, `接手 ${Date.now().toString(36)}`, new Date(Date.now() + 1_000));
  const run = await mix;
  await typing;

  // Every paragraph typed reached the database, whatever the kill did to a save in flight.
  await expect(page.getByTestId("save-state")).toHaveText(/^Saved at \d{2}:\d{2}$/, { timeout: 20_000 });
  const [saved] = await sql<{ body: string }>(`SELECT body FROM "Article" WHERE id = $1`, [draft!.id]);
  for (const paragraph of typed) expect(saved!.body).toContain(paragraph);
  test.info().annotations.push({ type: "autosaves refused during the kill, then retried", description: failedSaves.join(", ") || "none" });
  await context.close();

  for (const kind of KINDS.filter((k) => k !== "save")) {
    expect(run.kinds[kind].lost, `${kind} requests given up`).toBe(0);
    expect(Object.keys(run.kinds[kind].statuses), `${kind}: ${run.kinds[kind].failures.join(" | ")}`).toEqual(["200"]);
  }
  // A save in flight on the killed instance may fail; every save answered 200 is in the database.
  const load = actionId(SAVE_ACTION.filename, "loadArticleText");
  for (const editor of editors) {
    expect(editor.saved).toBeGreaterThan(0);
    const { result } = await callAction<{ ok: boolean; data: { version: number } }>(front, `/desk/articles/${editor.id}`, editor.cookie, load, [{ id: editor.id }]);
    expect(result?.data.version).toBeGreaterThanOrEqual(editor.version);
  }
  // The instance left publishes what falls due after the kill.
  await expect.poll(async () => (await publishEvents(second)).length, { timeout: 30_000 }).toBe(3);
  expect(await publishEvents(second)).toEqual([1, 1, 1]);
  expect(published(other)).toBeGreaterThanOrEqual(3);
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

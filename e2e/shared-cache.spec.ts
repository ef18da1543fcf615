// Next's cache shared through Redis (issue #14, item 2): two instances of
// one build on one database and a Redis of this spec's own. A page rendered
// on A is a cache hit on B, with A's lifetime; a publish on A expires the
// page on B as well, so B's next request renders it fresh.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Browser } from "@playwright/test";
import { createClient } from "redis";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { storageState } from "@/lib/testing/browser/accounts";
import { submitNewDraft } from "@/lib/testing/browser/pages";
import { cloneDatabase, dropDatabases } from "@/lib/testing/databases";
import { E2E_PORT, killGroup, readTemplate, spawnServer, waitForHealth } from "@/lib/testing/browser/servers";

const REDIS_PORT = E2E_PORT + 70;
const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`;
const ports = { a: E2E_PORT + 71, b: E2E_PORT + 72 };
const base = { a: `http://127.0.0.1:${ports.a}`, b: `http://127.0.0.1:${ports.b}` };
const SUFFIX = `cache${E2E_PORT}`;

let redis: ChildProcess;
const servers: ChildProcess[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Not the machine's Redis: this one is the spec's alone, kept in memory only.
  redis = spawn("redis-server", ["--port", String(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--maxmemory-policy", "volatile-lru"], { stdio: "ignore" });
  await expect.poll(() => redisKeys("*").then(() => true, () => false), { timeout: 10_000 }).toBe(true);

  const { adminUrl, template } = readTemplate();
  await dropDatabases(adminUrl, `${template}_${SUFFIX}`);
  const databaseUrl = await cloneDatabase(adminUrl, template, SUFFIX);
  for (const name of ["a", "b"] as const) {
    servers.push(spawnServer(ports[name], databaseUrl, `.data/e2e-server-${ports[name]}.log`, { REDIS_URL, SCHEDULER: "off" }));
  }
  await Promise.all(servers.map((child, i) => waitForHealth(Object.values(base)[i]!, child)));
});

test.afterAll(async () => {
  for (const child of servers) killGroup(child);
  redis?.kill("SIGKILL");
  const { adminUrl, template } = readTemplate();
  await dropDatabases(adminUrl, `${template}_${SUFFIX}`);
});

async function redisKeys(pattern: string): Promise<string[]> {
  const client = createClient({ url: REDIS_URL });
  client.on("error", () => {});
  await client.connect();
  try {
    return await client.keys(pattern);
  } finally {
    client.destroy();
  }
}

const read = (server: keyof typeof base, pathname: string) => fetch(`${base[server]}${pathname}`, { headers: { "accept-language": "zh-CN" } });

test("a page rendered on A is a cache hit on B, with the lifetime A gave it", async () => {
  const pathname = "/sections/development-zone";
  const onA = await read("a", pathname);
  expect(onA.status).toBe(200);
  expect(onA.headers.get("x-nextjs-cache")).toBe("MISS");
  const htmlA = await onA.text();

  // B never rendered it: its first request is served from what A stored.
  const onB = await read("b", pathname);
  expect(onB.status).toBe(200);
  expect(onB.headers.get("x-nextjs-cache")).toBe("HIT");
  expect(await onB.text()).toBe(htmlA);
  // The entry carries its lifetime (60 s), not the 1 s Next assumes for an entry without one.
  expect(onB.headers.get("cache-control")).toBe(onA.headers.get("cache-control"));
  expect(onB.headers.get("cache-control")).toContain("s-maxage=60");

  // Entries are keyed by the build, so another build never reads them.
  const buildId = readFileSync(".next/BUILD_ID", "utf8").trim();
  expect((await redisKeys(`copydesk:cache:${buildId}:e:*`)).length).toBeGreaterThan(0);
});

test("a story published on A expires the front page on B: B's next request renders it fresh", async ({ browser }) => {
  await read("b", "/");
  const cached = await read("b", "/");
  expect(cached.headers.get("x-nextjs-cache")).toBe("HIT");
  const headline = `开发区新桥通车 ${Date.now().toString(36)}`;
  expect(await cached.text()).not.toContain(headline);

  await publishLeadOnA(browser, headline);

  const after = await read("b", "/");
  expect(after.headers.get("x-nextjs-cache")).toBe("MISS");
  expect(await after.text()).toContain(headline);
  // The expiry is a record in Redis under the build's prefix, which every instance reads.
  const buildId = readFileSync(".next/BUILD_ID", "utf8").trim();
  expect(await redisKeys(`copydesk:cache:${buildId}:tags`)).toHaveLength(1);
  // And what B rendered is now the cached page on A too.
  const onA = await read("a", "/");
  expect(onA.headers.get("x-nextjs-cache")).toBe("HIT");
  expect(await onA.text()).toContain(headline);
});

async function publishLeadOnA(browser: Browser, headline: string) {
  const reporterContext = await browser.newContext({ baseURL: base.a, storageState: storageState("reporter") });
  const id = await submitNewDraft(await reporterContext.newPage(), { headline, body: "开发区新桥今天上午通车。" });
  await reporterContext.close();

  const chiefContext = await browser.newContext({ baseURL: base.a, storageState: storageState("chief") });
  const chief = await chiefContext.newPage();
  await chief.goto(`/desk/articles/${id}`);
  await chief.getByLabel("Section").selectOption({ label: "Development Zone" });
  await chief.getByLabel("Placement").selectOption({ label: "Lead" });
  await chief.getByRole("button", { name: "Approve and publish" }).click();
  await expect(chief.getByTestId("status").first()).toHaveText("Published");
  await chiefContext.close();
}

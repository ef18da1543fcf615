import { readFileSync, rmSync } from "node:fs";
import { expect, test, type As } from "@/lib/testing/browser/fixtures";
import { startNginx } from "@/lib/serving/nginx";
import { storageState } from "@/lib/testing/browser/accounts";
import { nginxRunDir } from "@/lib/testing/browser/nginx";
import { E2E_PORT } from "@/lib/testing/browser/servers";
import { submitNewDraft } from "@/lib/testing/browser/pages";

// The production stack as README describes it: Debian's nginx, configured by
// lib/serving/nginx.ts, in front of an app of this spec's own: what is a
// cache hit depends on nobody else publishing meanwhile.
test.use({ ownServer: "serving-stack" });
const PORT = E2E_PORT + 90;
const proxied = `http://127.0.0.1:${PORT}`;
let baseURL = "";
let runDir = "";
let nginx: Awaited<ReturnType<typeof startNginx>>;

test.beforeAll(async ({ server }) => {
  baseURL = server.base;
  const appPort = Number(new URL(baseURL).port);
  // Where the app purges after each publish (lib/testing/browser/servers.ts).
  runDir = nginxRunDir(appPort);
  nginx = await startNginx({ port: PORT, appPort, runDir });
});
test.afterAll(async () => {
  await nginx?.stop();
  rmSync(runDir, { recursive: true, force: true });
});

const sessionCookie = (role: "editor" | "chief") => {
  const state = JSON.parse(readFileSync(storageState(role), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
};
const get = (pathname: string, headers: Record<string, string> = {}) =>
  fetch(`${proxied}${pathname}`, { headers: { "accept-language": "zh-CN", ...headers }, redirect: "manual" });

test("reader pages come from nginx's cache, gzipped, with no script and a strict policy", async () => {
  await get("/");
  await expect.poll(async () => (await get("/")).headers.get("x-cache")).toBe("HIT");
  const response = await get("/", { "accept-encoding": "gzip" });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-encoding")).toBe("gzip");
  expect(response.headers.get("content-security-policy")).toContain("script-src 'none'");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  const html = await response.text();
  expect(html).toContain("</html>");
  expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
});

test("without nginx, the app serves reader pages from Next's cache, not rendered per request", async () => {
  for (const pathname of ["/", "/sections/development-zone", "/editions/2021-11-02"]) {
    const fetchDirect = () => fetch(`${baseURL}${pathname}`, { headers: { "accept-language": "zh-CN", "accept-encoding": "gzip" } });
    await fetchDirect();
    for (let i = 0; i < 3; i++) {
      const response = await fetchDirect();
      // STALE: served from the cache while one background render refreshes it.
      expect(response.headers.get("x-nextjs-cache"), pathname).toMatch(/^(HIT|STALE)$/);
      expect(response.headers.get("content-encoding"), pathname).toBe("gzip");
      // The language rewrite is served in place: a full URL here would mean
      // Next took its own address for another site's and fetched the page
      // from itself over HTTP (lib/serving/front-server.ts).
      expect(response.headers.get("x-middleware-rewrite"), pathname).toBe(`/zh-CN${pathname === "/" ? "" : pathname}`);
    }
  }
});

test("a client that cannot take gzip gets the same page unzipped", async () => {
  const response = await get("/", { "accept-encoding": "identity" });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-encoding")).toBeNull();
  expect(await response.text()).toContain("</html>");
});

test("the desk and anyone signed in are never served from the cache", async () => {
  for (let i = 0; i < 3; i++) {
    const desk = await get("/desk", { cookie: sessionCookie("editor") });
    expect(desk.status).toBe(200);
    expect(desk.headers.get("x-cache")).toBe("BYPASS");
    expect(desk.headers.get("content-security-policy")).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    expect((await get("/", { cookie: sessionCookie("editor") })).headers.get("x-cache")).toBe("BYPASS");
  }
  const signedOut = await get("/desk");
  expect(signedOut.status).toBe(307);
  expect(signedOut.headers.get("x-cache")).toBe("BYPASS");
});

test("a story published at the desk is on the cached front page at once, not when the cache's second is out", async ({ as }) => {
  // Keep the front page hot in nginx's cache while the story is published.
  await get("/");
  await expect.poll(async () => (await get("/")).headers.get("x-cache")).toBe("HIT");
  const headline = `开发区新桥通车 ${Date.now().toString(36)}`;
  await publishLead(as, headline);
  const published = Date.now();
  // The app purges nginx's cache after the publish (a new generation in the
  // cache key, then a reload): the story arrives as a fresh fetch (MISS)
  // under the new key. Left to the micro-cache, it would come with an
  // expired entry's refresh (EXPIRED) a second or two later.
  let arrived: Response | undefined;
  await expect
    .poll(async () => {
      const response = await get("/");
      const html = await response.text();
      if (html.includes(headline)) arrived = response;
      return !!arrived;
    }, { intervals: [20], timeout: 5_000 })
    .toBe(true);
  expect(arrived!.headers.get("x-cache")).toBe("MISS");
  test.info().annotations.push({ type: "publish → visible through nginx", description: `${Date.now() - published} ms` });
});

async function publishLead(as: As, headline: string) {
  const reporter = await as("reporter");
  const id = await submitNewDraft(reporter, { headline, body: "开发区新桥今天上午通车。" });
  await reporter.context().close();

  const chief = await as("chief", `/desk/articles/${id}`);
  await chief.getByLabel("Section").selectOption({ label: "Development Zone" });
  await chief.getByLabel("Placement").selectOption({ label: "Lead" });
  await chief.getByRole("button", { name: "Approve and publish" }).click();
  await expect(chief.getByTestId("status").first()).toHaveText("Published");
  await chief.context().close();
}

// Last: it leaves nginx's address refused by the sign-in limit on this spec's server.
test("behind nginx, 24 failed sign-ins each claiming another X-Forwarded-For are refused past the per-address limit", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: proxied });
  const page = await context.newPage();
  const answers: string[] = [];
  for (let i = 0; i < 24; i++) {
    // nginx overwrites the header with the address it saw (lib/serving/nginx.ts): the claim never counts.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${i}.0.1` });
    await page.goto("/login");
    await page.getByLabel("Email").fill(`guess.${i}@copydesk.test`);
    await page.getByLabel("Password").fill(`wrong-guess-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    const answer = page.getByText(/^(Wrong email or password\.|Too many failed sign-ins\. Try again in 15 minutes\.)$/);
    await expect(answer).toBeVisible();
    answers.push((await answer.textContent()) ?? "");
  }
  // The 20th failure reaches the limit and says so; the four after it are refused unchecked.
  expect(answers.filter((answer) => answer.startsWith("Too many"))).toHaveLength(5);
  expect(answers.slice(0, 19).every((answer) => answer.startsWith("Wrong"))).toBe(true);
  await context.close();
});

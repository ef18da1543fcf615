import sharp from "sharp";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { storageState } from "@/lib/testing/browser/accounts";
import { ArticleEditor } from "@/lib/testing/browser/pages";

// Unpublished work never reaches a reader (issue #7 item 1): a draft, an
// article in review, one scheduled for later and one published then
// retracted — each with a photo, a byline linked to a staff author, an
// edition date and a changed slug — are looked for everywhere a reader or a
// crawler can go, by every address they could guess. The retracted one is
// first seen on every page (so its caches are warm) and must then be gone
// from all of them, cached pages included.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const STATES = ["draft", "review", "scheduled", "retracted"] as const;
type State = (typeof STATES)[number];
/** A Latin word per article: search indexes Latin words whole, so a hit would be found. */
const marker = (state: State) => `leak${state}${stamp}`;

interface Made {
  id: string;
  slug: string;
  oldSlug: string;
  mediaId: string;
}
const made = {} as Record<State, Made>;
let edition = "";

/** Wall-clock time in Shanghai (the newsroom's zone), as a datetime-local input takes it. */
const shanghai = (date: Date) => new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);

/** The autosave route; the version is not on the page, so versions are tried in turn (a conflict changes nothing). */
async function autosave(request: APIRequestContext, origin: string, id: string, fields: Record<string, unknown>) {
  for (let version = 1; ; version++) {
    const response = await request.post(`/api/articles/${id}/autosave`, { data: { ...fields, version }, headers: { origin } });
    if (response.status() !== 409 || version === 10) return response;
  }
}

async function changeSlug(page: Page, slug: string) {
  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByRole("button", { name: "Change slug" }).click();
  await expect(page.getByTestId("slug")).toHaveText(slug);
}

/** Section, placement and edition as the editor sets them before publishing or scheduling. */
async function layout(page: Page) {
  await page.getByLabel("Section").selectOption({ label: "Development Zone" });
  await page.getByLabel("Edition date").fill(edition);
}

test("four articles are made: a draft, one in review, one scheduled for later, one published", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  edition = shanghai(new Date()).slice(0, 10);
  const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#357" } }).png().toBuffer();
  const context = await browser.newContext({ storageState: storageState("chief") });
  const page = await context.newPage();

  for (const state of STATES) {
    await page.goto("/desk/articles/new");
    const editor = new ArticleEditor(page);
    await editor.fill({ headline: `泄露测试 ${marker(state)}`, body: `不应被读者看到的正文 ${marker(state)}。` });
    await editor.saveDraft();
    const id = await editor.articleId();
    // The byline links to the reporter's account, so the article would be on their author page.
    const options = await page.getByLabel("Staff account").first().locator("option").evaluateAll((els) => els.map((o) => ({ id: (o as HTMLOptionElement).value, name: o.textContent })));
    const reporterId = options.find((o) => o.name === "郭坤")?.id;
    expect(reporterId).toBeTruthy();
    const saved = await autosave(context.request, origin, id, {
      headline: `泄露测试 ${marker(state)}`,
      kicker: null,
      subheadline: null,
      dateline: "本报讯",
      summary: `摘要 ${marker(state)}`,
      body: `不应被读者看到的正文 ${marker(state)}。`,
      bodyJson: null,
      contributors: [{ name: "郭坤", role: "REPORTER", credit: "TEXT_AND_PHOTO", userId: reporterId }],
    });
    expect(saved.status(), await saved.text()).toBe(200);
    const upload = await context.request.post("/api/media", {
      headers: { origin },
      multipart: { file: { name: "leak.png", mimeType: "image/png", buffer: png }, articleId: id, caption: `图片说明 ${marker(state)}`, credit: "王敏 摄", alt: "测试图片" },
    });
    expect(upload.status(), await upload.text()).toBe(201);
    const mediaId = ((await upload.json()) as { id: string }).id;

    await page.goto(`/desk/articles/${id}`);
    const oldSlug = (await page.getByTestId("slug").textContent()) ?? "";
    const slug = `${oldSlug}-x`;
    await changeSlug(page, slug);
    made[state] = { id, slug, oldSlug, mediaId };
    if (state === "draft") continue;

    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(editor.status()).toHaveText("Submitted");
    if (state === "review") continue;

    await layout(page);
    if (state === "scheduled") {
      await page.getByLabel("Publish at").fill(shanghai(new Date(Date.now() + 3 * 3_600_000)));
      await page.getByRole("button", { name: "Schedule" }).click();
      await expect(editor.status()).toHaveText("Scheduled");
    } else {
      await page.getByRole("button", { name: "Approve and publish" }).click();
      await expect(editor.status()).toHaveText("Published");
    }
  }
  await context.close();
});

/** Every page and file a reader or crawler could reach the article through. */
function readerPaths(state: State) {
  const { id, slug, oldSlug, mediaId } = made[state];
  return [
    "/",
    "/zh-CN",
    "/en",
    `/articles/${slug}`,
    `/articles/${oldSlug}`,
    `/zh-CN/articles/${slug}`,
    // Guessing by id: the public route, and the desk's, which only sends a visitor to sign in.
    `/articles/${id}`,
    `/desk/articles/${id}`,
    `/desk/articles/${id}/history`,
    "/sections/development-zone",
    "/sections/development-zone/page/2",
    "/authors/guo-kun",
    `/editions/${edition}`,
    `/search?q=${marker(state)}`,
    "/corrections",
    "/feed.xml",
    "/sections/development-zone/feed.xml",
    "/sitemap.xml",
    "/news-sitemap.xml",
    `/media/${mediaId}/original`,
    `/media/${mediaId}/640`,
    `/media/${mediaId}/320`,
  ];
}

/** Fetches each path as an anonymous reader; none may mention the article or serve its picture. */
async function expectHidden(request: APIRequestContext, state: State) {
  for (const path of readerPaths(state)) {
    const response = await request.get(path);
    const body = await response.text();
    // A page echoes its own address (the search box its query, the article page its slug): those are not leaks.
    const echoes = path.startsWith("/search") ? marker(state) : path.includes(made[state].oldSlug) ? made[state].oldSlug : null;
    if (!echoes?.includes(marker(state))) expect(body.includes(marker(state)), `${state}: ${path} mentions it`).toBe(false);
    if (!echoes) expect(body.includes(made[state].slug), `${state}: ${path} links to it`).toBe(false);
    if (path.startsWith("/media/")) {
      expect(response.status(), `${state}: ${path}`).toBe(404);
      expect(response.headers()["cache-control"], `${state}: ${path}`).toBe("no-store");
    }
    if (path.startsWith("/articles/")) expect([404, 200], `${state}: ${path}`).toContain(response.status());
  }
}

test("the published one is on every reader page first (their caches are warm)", async ({ request }) => {
  const { slug, mediaId } = made.retracted;
  const seen = ["/", `/articles/${slug}`, "/sections/development-zone", "/authors/guo-kun", `/editions/${edition}`, `/search?q=${marker("retracted")}`, "/feed.xml", "/sections/development-zone/feed.xml", "/sitemap.xml", "/news-sitemap.xml"];
  for (const path of seen) {
    const body = await (await request.get(path)).text();
    expect(body.includes(slug), `${path} links to it while it is live`).toBe(true);
  }
  // The old slug redirects while it is live.
  const old = await request.get(`/articles/${made.retracted.oldSlug}`, { maxRedirects: 0 });
  expect(old.status()).toBeGreaterThanOrEqual(300);
  expect(old.status()).toBeLessThan(400);
  const picture = await request.get(`/media/${mediaId}/640`);
  expect(picture.status()).toBe(200);
  expect(picture.headers()["cache-control"]).toContain("public");
});

test("the draft, the one in review and the scheduled one are on no reader page, feed, sitemap or picture URL", async ({ request }) => {
  for (const state of ["draft", "review", "scheduled"] as const) await expectHidden(request, state);
});

test("once retracted, it is gone from every page, cached ones included; its URL says it was withdrawn", async ({ browser, request, page }) => {
  const chief = await (await browser.newContext({ storageState: storageState("chief") })).newPage();
  await chief.goto(`/desk/articles/${made.retracted.id}`);
  await chief.getByLabel("Reason for retracting").fill("泄露测试：撤稿。");
  await chief.getByRole("button", { name: "Retract" }).click();
  await expect(chief.getByTestId("status").first()).toHaveText("Retracted");
  await chief.context().close();

  await expectHidden(request, "retracted");
  // In Chromium too: the front page a reader had open shows it no more after a reload.
  await page.goto("/");
  await expect(page.getByText(marker("retracted"))).toHaveCount(0);
  await page.goto(`/articles/${made.retracted.slug}`);
  await expect(page.getByTestId("withdrawn")).toBeVisible();
  await expect(page.getByText(marker("retracted"))).toHaveCount(0);
});

test("staff still see every picture, privately, for the desk's previews", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reporter") });
  for (const state of STATES) {
    const response = await context.request.get(`/media/${made[state].mediaId}/640`);
    expect(response.status(), state).toBe(200);
    expect(response.headers()["cache-control"], state).toMatch(/^private/);
  }
  await context.close();
});

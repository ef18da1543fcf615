import { expect, test } from "@/lib/testing/browser/fixtures";
import { ArticleEditor } from "@/lib/testing/browser/pages";
import { query } from "./support/fuzz-fixtures";

// One article through the whole thin loop: a reporter drafts and submits, an
// editor returns it with a note, the reporter fixes and resubmits, the editor
// publishes it as the lead in 开发区, and a reader finds it on the front page.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const story = {
  kicker: "开发区召开专题会议",
  headline: `开发区新建三座口袋公园 ${stamp}`,
  subheadline: "年底前全部向市民开放",
  dateline: "本报讯",
  summary: "开发区今年新建三座口袋公园。",
  body: "11月1日，开发区宣布新建三座口袋公园。\n\n公园将于年底前全部开放。",
  contributors: [
    { name: "郭坤", role: "Reporter", credit: "Text and photos" },
    { name: "曹文娟", role: "Correspondent", credit: "Text and photos" },
  ],
};
let articleId = "";
let slug = "";

test("a reporter drafts an article and submits it for review", async ({ as }) => {
  const page = await as("reporter", "/desk/articles/new");
  const editor = new ArticleEditor(page);
  await editor.fill(story);
  await editor.saveDraft();
  articleId = await editor.articleId();
  await expect(editor.status()).toHaveText("Draft");
  slug = (await page.getByTestId("slug").textContent()) ?? "";
  expect(slug).toMatch(/^[a-z0-9-]+$/);

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.status()).toHaveText("Submitted");
  await page.context().close();
});

test("the reporter sees no approve button, and the server refuses a direct call", async ({ as, server }) => {
  const reporter = await as("reporter", `/desk/articles/${articleId}`);
  // Submitted, the article is the reviewers' now: the page says it is for reading.
  await expect(reporter.getByRole("heading", { name: "View article" })).toBeVisible();
  await expect(reporter.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);

  // Learn the publish action's id from the editor's page without letting the
  // editor's request through, then send the same call as the reporter.
  const editor = await as("editor", `/desk/articles/${articleId}`);
  let actionId = "";
  await editor.route(`**/desk/articles/${articleId}`, async (route) => {
    const header = route.request().headers()["next-action"];
    if (route.request().method() === "POST" && header) {
      actionId = header;
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await editor.getByLabel("Section").selectOption({ label: "Development Zone" });
  await editor.getByRole("button", { name: "Approve and publish" }).click();
  await expect.poll(() => actionId).not.toBe("");
  await editor.context().close();

  // The article's current version, so the call is refused for who sends it, not as out of date.
  const { version } = (await query<{ version: number }>(server.databaseUrl, `SELECT version FROM "Article" WHERE id = $1`, [articleId]))[0]!;
  const response = await reporter.request.post(`/desk/articles/${articleId}`, {
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", "Accept-Language": "en" },
    data: JSON.stringify([{ id: articleId, version, sectionId: "x", placement: "LEAD" }]),
  });
  expect(await response.text()).toContain("You are not allowed to do this.");
  await reporter.reload();
  await expect(reporter.getByTestId("status").first()).toHaveText("Submitted");
  await reporter.context().close();
});

test("an editor returns the article with a required note", async ({ as }) => {
  const page = await as("editor", "/desk/review");
  await page.getByRole("link", { name: story.headline }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${articleId}$`));

  await page.getByRole("button", { name: "Return to reporter" }).click();
  await expect(page.getByText("A note is required.")).toBeVisible();
  await expect(page.getByTestId("status").first()).toHaveText("Submitted");

  await page.getByLabel("Note").fill("请补充公园的具体位置。");
  await page.getByRole("button", { name: "Return to reporter" }).click();
  await expect(page.getByTestId("status").first()).toHaveText("Returned");
  await page.context().close();
});

test("the reporter reads the note, revises and resubmits", async ({ as }) => {
  const page = await as("reporter", "/desk");
  await page.getByRole("link", { name: story.headline }).click();
  await expect(page.getByTestId("return-note")).toHaveText("请补充公园的具体位置。");
  await expect(page.getByTestId("status").first()).toHaveText("Returned");

  await new ArticleEditor(page).fillBody(`${story.body}\n\n三座公园分别位于太昊路、黄河路和工农路。`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("status").first()).toHaveText("Submitted");
  await page.context().close();
});

test("an editor approves it as the lead in 开发区", async ({ as }) => {
  const page = await as("editor", `/desk/articles/${articleId}`);
  await page.getByLabel("Section").selectOption({ label: "Development Zone" });
  await page.getByLabel("Placement").selectOption({ label: "Lead" });
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByTestId("status").first()).toHaveText("Published");
  await page.context().close();
});

test("a reader finds it leading the front page and reads it", async ({ page }) => {
  await page.goto("/");
  const lead = page.getByTestId("lead-story");
  await expect(lead.getByRole("heading", { name: story.headline })).toBeVisible();
  await lead.getByRole("link", { name: story.headline }).click();

  await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: story.headline })).toBeVisible();
  await expect(page.getByText(story.kicker)).toBeVisible();
  await expect(page.getByText(story.subheadline)).toBeVisible();
  await expect(page.getByTestId("article").getByTestId("byline")).toHaveText("Staff report (reporter Guo Kun, correspondent Cao Wenjuan; text and photos)");
  await expect(page.getByText("三座公园分别位于太昊路、黄河路和工农路。")).toBeVisible();
});

test("the same byline reads the newspaper way in Chinese", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(`/articles/${slug}`);
  await expect(page.getByTestId("article").getByTestId("byline")).toHaveText("本报讯 (记者 郭坤 通讯员 曹文娟 文/图)");
  await context.close();
});

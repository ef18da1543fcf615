import { expect, test } from "@/lib/testing/browser/fixtures";
import { storageState } from "@/lib/testing/browser/accounts";
import { ArticleEditor } from "@/lib/testing/browser/pages";

test.describe("the demo edition", () => {
  test.use({ locale: "zh-CN" });

  test("the front page is a newspaper page: lead, section block, commentary, photos, briefs", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "示例日报" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "栏目" }).getByRole("link", { name: "开发区" })).toBeVisible();
    const commentary = page.getByTestId("commentary");
    await expect(commentary.getByRole("heading", { name: "依法治理保安全" })).toBeVisible();
    await expect(commentary.getByTestId("byline")).toHaveText("李清华");
    await expect(page.getByRole("heading", { name: "今日评论" })).toBeVisible();
    await expect(page.getByRole("region", { name: "简讯" }).getByRole("link", { name: "开发区预算一体化平台培训班开班" })).toBeVisible();
    // Its pictures have not arrived: readers see the story, and no empty photo slot.
    await expect(page.getByRole("region", { name: "图片新闻" }).getByRole("link", { name: "开发区“创文”活动如火如荼高标准开展" })).toBeVisible();
  });

  test("an article links to its edition page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("region", { name: "图片新闻" }).getByRole("link").first().click();
    // The article's own page line (the masthead lists the current edition's pages too).
    await page.getByTestId("article").getByRole("link", { name: "第03版 开发区" }).click();
    await expect(page).toHaveURL(/\/editions\/2021-11-02$/);
  });

  test("the edition page lists the day's page and keeps its front page", async ({ page }) => {
    await page.goto("/editions/2021-11-02");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("2021年11月2日 星期二");
    const pageThree = page.locator("#page-3");
    await expect(pageThree.getByRole("heading", { name: "第03版 开发区" })).toBeVisible();
    await expect(pageThree.getByRole("listitem")).toHaveCount(8);
    await expect(page.getByRole("region", { name: "当日网站首页" }).getByTestId("lead-story")).toContainText("把会议精神转化为强大工作动力");
  });

  test("section and author pages list published work", async ({ page }) => {
    await page.goto("/sections/development-zone");
    await expect(page.getByRole("heading", { level: 1, name: "开发区" })).toBeVisible();
    await expect(page.getByRole("link", { name: "依法治理保安全" })).toBeVisible();
    await page.goto("/authors/guo-kun");
    await expect(page.getByRole("heading", { level: 1, name: "郭坤的稿件" })).toBeVisible();
    await expect(page.getByRole("link", { name: "把会议精神转化为强大工作动力" })).toBeVisible();
  });

  test("search finds Chinese words and highlights them", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "搜索稿件" }).fill("安全生产");
    await page.getByRole("searchbox", { name: "搜索稿件" }).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole("link", { name: /安全生产绷紧弦/ })).toBeVisible();
    await expect(page.locator("mark").first()).toHaveText("安全生产");
  });
});

test("publishing shows on the front page at once; retracting takes it off everything", async ({ page, request, as }) => {
  const headline = `开发区夜市开张 ${Date.now().toString(36)}`;
  const reporter = await as("reporter");
  await reporter.goto("/desk/articles/new");
  const editor = new ArticleEditor(reporter);
  await editor.fill({ headline, body: "开发区夜市今晚开张，摊位一百二十个。" });
  await editor.saveDraft();
  const id = await editor.articleId();
  const slug = (await reporter.getByTestId("slug").textContent()) ?? "";
  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.status()).toHaveText("Submitted");
  await reporter.context().close();

  const chief = await as("chief");
  await chief.goto(`/desk/articles/${id}`);
  await chief.getByLabel("Section").selectOption({ label: "Development Zone" });
  await chief.getByLabel("Placement").selectOption({ label: "Lead" });
  await chief.getByRole("button", { name: "Approve and publish" }).click();
  await expect(chief.getByTestId("status").first()).toHaveText("Published");

  // The very next request shows it: no waiting, no retry.
  await page.goto("/");
  expect(await page.getByTestId("lead-story").textContent()).toContain(headline);
  expect(await (await request.get("/feed.xml")).text()).toContain(headline);
  expect(await (await request.get("/sitemap.xml")).text()).toContain(slug);
  await page.goto(`/search?q=${encodeURIComponent("夜市")}`);
  await expect(page.getByRole("link", { name: headline })).toBeVisible();

  await chief.getByLabel("Reason for retracting").fill("数字有误，撤回核实。");
  await chief.getByRole("button", { name: "Retract" }).click();
  await expect(chief.getByTestId("status").first()).toHaveText("Retracted");
  await chief.context().close();

  await page.goto("/");
  expect(await page.locator("main").textContent()).not.toContain(headline);
  expect(await (await request.get("/feed.xml")).text()).not.toContain(headline);
  expect(await (await request.get("/sitemap.xml")).text()).not.toContain(slug);
  expect(await (await request.get("/news-sitemap.xml")).text()).not.toContain(slug);
  await page.goto(`/search?q=${encodeURIComponent("夜市")}`);
  await expect(page.getByRole("link", { name: headline })).toHaveCount(0);
  await page.goto(`/articles/${slug}`);
  await expect(page.getByTestId("withdrawn")).toBeVisible();
  await expect(page.getByText("开发区夜市今晚开张")).toHaveCount(0);
});

test("an editor previews the front page at a chosen time", async ({ browser }) => {
  const editor = await browser.newContext({ storageState: storageState("editor") });
  const page = await editor.newPage();
  await page.goto("/desk/front-page");
  await page.getByLabel("Preview at").fill("2021-11-02T06:56");
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("preview");
  // The demo page went live from 06:53 (the brief) to 07:00 (the lead).
  await expect(preview.getByRole("link", { name: "开发区预算一体化平台培训班开班" })).toBeVisible();
  await expect(preview.getByText("把会议精神转化为强大工作动力")).toHaveCount(0);
  await expect(page.getByLabel("Pin as lead")).toHaveCount(0);
  await editor.close();
});

test("a chief editor pins and unpins the lead", async ({ browser, page }) => {
  const chief = await browser.newContext({ storageState: storageState("chief") });
  const desk = await chief.newPage();
  await desk.goto("/desk/front-page");
  const choice = desk.getByLabel("Pin as lead");
  const options = await choice.locator("option").allTextContents();
  const target = options.at(-1)!;
  await choice.selectOption({ label: target });
  await desk.getByRole("button", { name: "Pin", exact: true }).click();
  await expect(desk.getByText("Pinned; the front page is updated.")).toBeVisible();

  await page.goto("/");
  expect(await page.getByTestId("lead-story").getByRole("heading").first().textContent()).toBe(target);

  await desk.getByRole("button", { name: "Unpin" }).click();
  await expect(desk.getByText("Unpinned; the front page is updated.")).toBeVisible();
  await page.goto("/");
  expect(await page.getByTestId("lead-story").getByRole("heading").first().textContent()).not.toBe(target);
  await chief.close();
});

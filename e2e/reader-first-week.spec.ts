import type { Browser, Page } from "@playwright/test";
import { expect, test } from "@/lib/testing/browser/fixtures";

// Reader pages run no JavaScript (the front server strips Next's scripts):
// every check here reads what the server sent, in a browser with scripts off.
async function reader(browser: Browser, locale: "zh-CN" | "en-US", width = 1366): Promise<Page> {
  const context = await browser.newContext({ locale, javaScriptEnabled: false, viewport: { width, height: 900 } });
  return context.newPage();
}

const WORDS = {
  "zh-CN": {
    paper: "示例日报",
    front: "返回首页",
    search: "搜索稿件",
    titles: ["找不到这篇稿件", "找不到这个栏目或页码", "找不到这位作者", "找不到这一期", "找不到这个栏目或页码", "找不到这个页面"],
  },
  "en-US": {
    paper: "Copydesk Daily",
    front: "Back to the front page",
    search: "Search articles",
    titles: ["Article not found", "Section or page not found", "Author not found", "No such edition", "Section or page not found", "Page not found"],
  },
} as const;
const MISSING = ["/articles/nope", "/sections/nope", "/authors/nope", "/editions/bad", "/sections/news/page/99", "/nope-xyz"];

test("every reader 404 is a real page: masthead, message, search box, way home — in both languages", async ({ browser }) => {
  for (const locale of ["zh-CN", "en-US"] as const) {
    const words = WORDS[locale];
    const page = await reader(browser, locale);
    for (const [i, path] of MISSING.entries()) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("banner").getByRole("link", { name: words.paper, exact: true }), path).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(words.titles[i]!);
      await expect(page.getByRole("main").getByRole("searchbox", { name: words.search })).toBeVisible();
      await expect(page.getByRole("main").getByRole("link", { name: words.front })).toHaveAttribute("href", "/");
    }
    // The search box is a plain form: it works without a script.
    await page.getByRole("main").getByRole("searchbox").fill("安全生产");
    await page.getByRole("main").getByRole("searchbox").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole("link", { name: /安全生产绷紧弦/ })).toBeVisible();
    await page.context().close();
  }
});

test("editions, photos, bylines, times, the footer and the small fixes, as a reader meets them", async ({ browser, as }) => {
  await test.step("the footer is set in the desk's settings", async () => {
    const admin = await as("admin", "/desk/settings");
    await admin.getByLabel("Copyright line (Chinese pages)").fill("© 2026 示例日报社 版权所有");
    await admin.getByLabel("Copyright line (English pages)").fill("© 2026 Copydesk Daily Press");
    await admin.getByLabel("ICP filing number").fill("豫ICP备12345678号-1");
    await admin.getByLabel("Link of the filing number").fill("");
    await admin.getByLabel("Contact", { exact: true }).fill("0394-1234567");
    await admin.getByLabel("Phone or email for reports of illegal or harmful content").fill("0394-1234000");
    await admin.getByRole("button", { name: "Save the footer" }).click();
    await expect(admin.getByText("Footer saved; the reader pages are updated.")).toBeVisible();
    await admin.context().close();
  });

  const zh = await reader(browser, "zh-CN");
  const en = await reader(browser, "en-US");

  await test.step("an edition's page is titled by its date and keeps the website's front page of that day", async () => {
    await zh.goto("/editions/2021-11-02");
    await expect(zh.getByRole("heading", { level: 1 })).toHaveText("2021年11月2日 星期二");
    await expect(zh.getByRole("region", { name: "当日网站首页" }).getByTestId("lead-story")).toContainText("把会议精神转化为强大工作动力");
    await en.goto("/editions/2021-11-02");
    await expect(en.getByRole("heading", { level: 1 })).toHaveText("Edition of Tuesday, 2 November 2021");
    await expect(en.getByRole("region", { name: "The website's front page that day" }).getByTestId("lead-story")).toBeVisible();
  });

  await test.step("a day without an edition is a 404 that points to the nearest editions", async () => {
    expect((await zh.goto("/editions/2021-10-15"))?.status()).toBe(404);
    await expect(zh.getByRole("heading", { level: 1 })).toHaveText("本日无出版");
    await expect(zh.getByRole("link", { name: "后一期：2021年11月2日 星期二" })).toHaveAttribute("href", "/editions/2021-11-02");
    expect((await en.goto("/editions/2021-10-15"))?.status()).toBe(404);
    await expect(en.getByRole("heading", { level: 1 })).toHaveText("No edition on this date");
    await expect(en.getByRole("link", { name: "Later edition: Tuesday, 2 November 2021" })).toHaveAttribute("href", "/editions/2021-11-02");
    expect((await en.goto("/editions/2099-01-01"))?.status()).toBe(404);
    await expect(en.getByTestId("nearest-editions").getByRole("link", { name: /^← Earlier edition: / })).toHaveAttribute("href", /^\/editions\/\d{4}-\d\d-\d\d$/);
  });

  await test.step("a photo that has not arrived shows nothing: no placeholder on the front page or the article", async () => {
    // The demo's photo story has its captions but not yet its pictures.
    for (const [page, placeholder] of [[zh, "图片待上传"], [en, "Photo to come"]] as const) {
      await page.goto("/");
      await expect(page.getByText(placeholder)).toHaveCount(0);
      await expect(page.locator("main figure:not(:has(img))")).toHaveCount(0);
    }
    await zh.goto("/editions/2021-11-02");
    await zh.locator("#page-3").getByRole("link", { name: "开发区“创文”活动如火如荼高标准开展" }).click();
    await expect(zh.getByRole("heading", { level: 1 })).toHaveText("开发区“创文”活动如火如荼高标准开展");
    await expect(zh.locator("main figure")).toHaveCount(0);
    await expect(zh.getByText("维修破损路面")).toHaveCount(0);
  });

  await test.step("今日评论 is named once, by its box", async () => {
    await zh.goto("/");
    await expect(zh.getByTestId("commentary").first()).toBeVisible();
    await expect(zh.getByText("今日评论", { exact: true })).toHaveCount(1);
  });

  await test.step("the byline links to the author's page; the article shows when it was published", async () => {
    await zh.goto("/editions/2021-11-02");
    await zh.locator("#page-3").getByRole("link", { name: "把会议精神转化为强大工作动力" }).click();
    await expect(zh.getByTestId("published-at")).toHaveText("发布于 2021年11月2日 星期二 07:00");
    const byline = zh.getByTestId("article").getByTestId("byline");
    await expect(byline).toHaveText("本报讯 (记者 郭坤 通讯员 曹文娟 文/图)");
    await expect(byline.getByRole("link")).toHaveCount(1);
    const articleUrl = zh.url();
    await byline.getByRole("link", { name: "郭坤" }).click();
    await expect(zh.getByRole("heading", { level: 1 })).toHaveText("郭坤的稿件");

    await en.goto(articleUrl.replace(/^https?:\/\/[^/]+/, ""));
    await expect(en.getByTestId("published-at")).toHaveText("Published Tuesday, 2 November 2021, 07:00");
    await expect(en.getByTestId("article").getByTestId("byline").getByRole("link", { name: "Guo Kun" })).toHaveAttribute("href", "/authors/guo-kun");
    // The newsroom's Chinese text inside the English page says which language it is in.
    await expect(en.locator("html")).toHaveAttribute("lang", "en");
    await expect(en.getByRole("heading", { level: 1 }).locator("xpath=ancestor::hgroup")).toHaveAttribute("lang", "zh-CN");
    await expect(en.getByTestId("article-body")).toHaveAttribute("lang", "zh-CN");
    await expect(en.getByTestId("article").getByTestId("byline")).not.toHaveAttribute("lang", /./);
  });

  await test.step("the footer, from settings, in both languages", async () => {
    for (const [page, lines] of [
      [zh, ["© 2026 示例日报社 版权所有", "联系我们：0394-1234567", "违法和不良信息举报：0394-1234000"]],
      [en, ["© 2026 Copydesk Daily Press", "Contact: 0394-1234567", "Report illegal or harmful content: 0394-1234000"]],
    ] as const) {
      await page.goto("/");
      const footer = page.getByRole("contentinfo");
      for (const line of lines) await expect(footer).toContainText(line);
      await expect(footer.getByRole("link", { name: "豫ICP备12345678号-1" })).toHaveAttribute("href", "https://beian.miit.gov.cn/");
      await expect(footer.getByRole("link", { name: page === zh ? "更正启事" : "Corrections" })).toHaveAttribute("href", "/corrections");
    }
  });

  await test.step("on a 390 px phone the English masthead stays on one line", async () => {
    await en.setViewportSize({ width: 390, height: 844 });
    await en.goto("/");
    const name = en.getByRole("banner").getByRole("link", { name: "Copydesk Daily", exact: true });
    expect(await name.evaluate((el) => el.getClientRects().length)).toBe(1);
    expect(await en.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  await test.step("a long Latin string breaks inside its column instead of running across the rule", async () => {
    await zh.goto("/");
    const block = zh.getByRole("region", { name: "开发区", exact: true });
    const story = block.locator("article").first();
    await story.getByRole("heading").getByRole("link").evaluate((el) => (el.textContent = `https://example.com/${"Zhoukou-Development-Zone-".repeat(6)}`));
    const fits = await story.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
  });

  await zh.context().close();
  await en.context().close();
});

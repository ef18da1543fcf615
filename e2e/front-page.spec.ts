import { expect, test } from "@/lib/testing/browser/fixtures";

test("the demo edition is on the front page, byline and all", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/");
  // The masthead lists the current edition's pages (before any test publishes today's).
  await expect(page.getByRole("navigation", { name: "本期版面" }).getByRole("link", { name: "第03版 开发区" })).toBeVisible();
  await expect(page.getByText("2021年11月2日 星期二")).toBeVisible();
  await page.getByRole("link", { name: "把会议精神转化为强大工作动力" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "把会议精神转化为强大工作动力" })).toBeVisible();
  await expect(page.getByText("开发区学习贯彻省第十一次党代会、省委第十一届一次全会和全市领导干部大会会议精神")).toBeVisible();
  await expect(page.getByTestId("article").getByTestId("byline")).toHaveText("本报讯 (记者 郭坤 通讯员 曹文娟 文/图)");
  await context.close();
});

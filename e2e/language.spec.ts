import { expect, test } from "@/lib/testing/browser/fixtures";

test.describe("language", () => {
  test.use({ locale: "zh-CN" });

  test("defaults to Chinese and switches to English with the header switcher", async ({ page, context }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "登录编辑部" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect((await context.cookies()).find((c) => c.name === "lang")?.value).toBe("en");

    // The cookie wins over the browser's language on later visits.
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Copydesk Daily" })).toBeVisible();

    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("link", { name: "示例日报" })).toBeVisible();
  });
});

test("follows Accept-Language when there is no cookie", async ({ browser }) => {
  const english = await browser.newContext({ locale: "en-GB" });
  const page = await english.newPage();
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Copydesk Daily" })).toBeVisible();
  await english.close();

  const other = await browser.newContext({ locale: "fr-FR" });
  const french = await other.newPage();
  await french.goto("/");
  await expect(french.getByRole("link", { name: "示例日报" })).toBeVisible();
  await other.close();
});

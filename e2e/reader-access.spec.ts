import { expect, test } from "@/lib/testing/browser/fixtures";
import { storageState } from "@/lib/testing/browser/accounts";
import { ArticleEditor } from "@/lib/testing/browser/pages";

test("a draft is not found for readers, by its public URL or its desk URL", async ({ browser, page }) => {
  const context = await browser.newContext({ storageState: storageState("reporter") });
  const desk = await context.newPage();
  await desk.goto("/desk/articles/new");
  const editor = new ArticleEditor(desk);
  await editor.fill({ headline: `未发布的稿件 ${Date.now()}`, body: "草稿正文。" });
  await editor.saveDraft();
  const id = await editor.articleId();
  const slug = (await desk.getByTestId("slug").textContent()) ?? "";
  await context.close();

  const publicPage = await page.goto(`/articles/${slug}`);
  expect(publicPage?.status()).toBe(404);
  await expect(page.getByText("草稿正文。")).toHaveCount(0);

  await page.goto(`/desk/articles/${id}`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByText("草稿正文。")).toHaveCount(0);
});

test("another reporter's draft is not found in the desk either", async ({ browser }) => {
  const editorContext = await browser.newContext({ storageState: storageState("editor") });
  const editorPage = await editorContext.newPage();
  await editorPage.goto("/desk/articles/new");
  const editor = new ArticleEditor(editorPage);
  await editor.fill({ headline: `编辑的草稿 ${Date.now()}`, body: "编辑写的正文。" });
  await editor.saveDraft();
  const id = await editor.articleId();
  await editorContext.close();

  const reporterContext = await browser.newContext({ storageState: storageState("reporter") });
  const reporter = await reporterContext.newPage();
  const response = await reporter.goto(`/desk/articles/${id}`);
  expect(response?.status()).toBe(404);
  await reporterContext.close();
});

test("a signed-out visitor is sent from the desk to the login page", async ({ page }) => {
  await page.goto("/desk/review");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdesk%2Freview/);
  await expect(page.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
});

test("wrong credentials get a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("reporter@copydesk.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

// Signing out is tested in admin.spec.ts with a throwaway account: signing out
// ends every session of that user, which would end the shared demo sessions.

test("an empty headline is refused with a message and nothing is saved", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reporter") });
  const page = await context.newPage();
  await page.goto("/desk/articles/new");
  await new ArticleEditor(page).fillBody("只有正文。");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("A headline is required.")).toBeVisible();
  await expect(page).toHaveURL(/\/desk\/articles\/new$/);
  await expect(page.getByLabel("Body")).toHaveText("只有正文。");
  await context.close();
});

test("repeated wrong passwords are throttled with a clear message", async ({ page }) => {
  const email = `nobody-${Date.now().toString(36)}@copydesk.test`;
  await page.goto("/login");
  for (let i = 0; i < 4; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`guess-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The form is reset when the answer arrives: only then type the next guess.
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
  }
  // The fifth failure reaches the limit: from here on the password is not even checked.
  await page.getByLabel("Password").fill("guess-4");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Too many failed sign-ins. Try again in 15 minutes.")).toBeVisible();
});

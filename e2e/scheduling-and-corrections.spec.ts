import { expect, test, type As } from "@/lib/testing/browser/fixtures";
import { ArticleEditor } from "@/lib/testing/browser/pages";

async function submittedArticle(as: As, headline: string, body: string) {
  const page = await as("reporter", "/desk/articles/new");
  const editor = new ArticleEditor(page);
  await editor.fill({ headline, body });
  await editor.saveDraft();
  const id = await editor.articleId();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.status()).toHaveText("Submitted");
  await page.context().close();
  return id;
}

/** Wall-clock time in Shanghai, as a datetime-local input takes it. */
function shanghai(date: Date) {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);
}

test("a scheduled article appears at its time, not before", async ({ page, as }) => {
  // The scheduler's round comes every few seconds, on a busy machine later.
  test.setTimeout(120_000);
  const headline = `定时发布测试 ${Date.now().toString(36)}`;
  const id = await submittedArticle(as, headline, "这篇稿件定时发布。");
  const editor = await as("editor", `/desk/articles/${id}`);
  await editor.getByLabel("Section").selectOption({ label: "Development Zone" });
  await editor.getByLabel("Publish at").fill(shanghai(new Date(Date.now() + 12_000)));
  await editor.getByRole("button", { name: "Schedule" }).click();
  await expect(editor.getByTestId("status").first()).toHaveText("Scheduled");
  await expect(editor.getByTestId("embargo")).toContainText("Goes live at");

  await page.goto("/");
  await expect(page.getByRole("link", { name: headline })).toHaveCount(0);
  // The scheduler runs every few seconds; give it up to a minute.
  await expect(async () => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: headline })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await editor.reload();
  await expect(editor.getByTestId("status").first()).toHaveText("Published");
  await editor.context().close();
});

test("a chief editor corrects a published article with a public note", async ({ page, as }) => {
  const headline = `更正测试 ${Date.now().toString(36)}`;
  const id = await submittedArticle(as, headline, "参会人数为60人。");
  const editor = await as("editor", `/desk/articles/${id}`);
  await editor.getByLabel("Section").selectOption({ label: "Development Zone" });
  await editor.getByRole("button", { name: "Approve and publish" }).click();
  await expect(editor.getByTestId("status").first()).toHaveText("Published");
  // An editor may not change a published article.
  await expect(editor.getByRole("button", { name: "Publish correction" })).toHaveCount(0);
  await editor.context().close();

  const chief = await as("chief", `/desk/articles/${id}`);
  await new ArticleEditor(chief).fillBody("参会人数为80人。");
  await chief.getByRole("button", { name: "Publish correction" }).click();
  await expect(chief.getByText("A correction note is required.")).toBeVisible();
  await chief.getByLabel("Correction note").fill("本文原称参会人数为60人，应为80人。");
  await chief.getByRole("button", { name: "Publish correction" }).click();
  await expect(chief.getByText("Correction published.")).toBeVisible();
  const slug = (await chief.getByTestId("slug").textContent()) ?? "";
  await chief.context().close();

  await page.goto(`/articles/${slug}`);
  await expect(page.getByTestId("article-body")).toContainText("参会人数为80人。");
  await expect(page.getByTestId("correction")).toContainText("本文原称参会人数为60人，应为80人。");
  // When it was published and when it was corrected, to the minute.
  const dayAndTime = /\w+day, \d{1,2} \w+ \d{4}, \d\d:\d\d/;
  await expect(page.getByTestId("published-at")).toHaveText(new RegExp(`^Published ${dayAndTime.source}$`));
  await expect(page.getByTestId("correction")).toHaveText(new RegExp(`^Correction \\(${dayAndTime.source}\\): 本文原称`));
  await page.goto("/corrections");
  await expect(page.getByRole("link", { name: headline })).toBeVisible();
});

test("an editor spikes a draft with a reason", async ({ as }) => {
  const id = await submittedArticle(as, `撤稿测试 ${Date.now().toString(36)}`, "不再需要的稿件。");
  const editor = await as("editor", `/desk/articles/${id}`);
  await editor.getByRole("button", { name: "Spike" }).click();
  await expect(editor.getByText("A note is required.")).toBeVisible();
  await editor.getByLabel("Reason for spiking").fill("选题撤销。");
  await editor.getByRole("button", { name: "Spike" }).click();
  await expect(editor.getByTestId("status").first()).toHaveText("Spiked");
  await editor.context().close();
});

test("an editor changes a published article's slug; the old address redirects permanently", async ({ page, request, as }) => {
  const headline = `改链接测试 ${Date.now().toString(36)}`;
  const id = await submittedArticle(as, headline, "链接名将被修改。");
  const editor = await as("editor", `/desk/articles/${id}`);
  await editor.getByLabel("Section").selectOption({ label: "Development Zone" });
  await editor.getByRole("button", { name: "Approve and publish" }).click();
  await expect(editor.getByTestId("status").first()).toHaveText("Published");
  const oldSlug = (await editor.getByTestId("slug").textContent()) ?? "";
  const newSlug = `night-market-${Date.now().toString(36)}`;
  await editor.getByLabel("Slug", { exact: true }).fill(newSlug);
  await editor.getByRole("button", { name: "Change slug" }).click();
  await expect(editor.getByTestId("slug")).toHaveText(newSlug);
  await editor.context().close();

  const response = await request.get(`/articles/${oldSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toContain(`/articles/${newSlug}`);
  await page.goto(`/articles/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/articles/${newSlug}$`));
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
});

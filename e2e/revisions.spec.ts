import { expect, test } from "@/lib/testing/browser/fixtures";
import { storageState } from "@/lib/testing/browser/accounts";
import { ArticleEditor } from "@/lib/testing/browser/pages";

// Revisions: a reporter saves three versions of a Chinese body, compares the
// first with the last (marked character by character), restores the first,
// and finds the draft on My desk.
const stamp = Date.now().toString(36);
const headline = `开发区新建口袋公园 ${stamp}`;
const versions = [
  "开发区新建三座口袋公园。",
  "开发区今年新建三座口袋公园，年底前开放。",
  "开发区今年新建三座口袋公园，年底前全部向市民开放。",
];

test.use({ storageState: storageState("reporter") });

test("a reporter compares the first and last versions, restores the first, and finds the draft on My desk", async ({ page }) => {
  await page.goto("/desk/articles/new");
  const editor = new ArticleEditor(page);
  await editor.fill({ headline, body: versions[0]! });
  // 字数 counts live under the body: eleven characters, the full stop not counted.
  await expect(page.getByTestId("counts")).toHaveText("11 characters · about 1 min read");
  await editor.saveDraft();
  const articleId = await editor.articleId();
  await expect(editor.status()).toHaveText("Draft");

  for (const body of versions.slice(1)) {
    await editor.fillBody(body);
    await editor.saveDraft();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    // A fresh page shows what the server kept, so the next save starts from it.
    await page.reload();
    await expect(editor.body()).toHaveText(body);
  }

  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${articleId}/history$`));
  await expect(page.getByRole("heading", { level: 1, name: "Revisions" })).toBeVisible();
  await expect(page.getByTestId("revision-1")).toContainText("Saved");

  // "To" starts at the newest version; compare the first against it.
  await page.getByLabel("From", { exact: true }).selectOption("1");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/from=1/);
  const body = page.getByTestId("revision-diff").getByTestId("diff-body");
  await expect(body.locator("ins")).toHaveText(["今年", "，年底前全部向市民开放"]);
  await expect(body.locator("del")).toHaveCount(0);
  await expect(body).toContainText("新建三座口袋公园");

  await page.getByTestId("revision-1").getByRole("button", { name: "Restore this version" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${articleId}$`));
  await expect(editor.body()).toHaveText(versions[0]!);

  // The restore is a new revision on top; nothing was rewound.
  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(page.getByTestId("revision-diff")).toBeVisible();
  const newest = page.locator("tbody tr").first();
  await expect(newest).toContainText("Restored");
  await expect(newest).toContainText("Current");

  await page.goto("/desk");
  const drafts = page.getByRole("region", { name: /^My drafts/ });
  await expect(drafts.getByRole("link", { name: headline })).toBeVisible();
  const count = Number(await drafts.getByTestId("count").textContent());
  expect(count).toBeGreaterThanOrEqual(1);
  await expect(drafts.getByTestId("desk-item").filter({ hasText: headline })).toContainText("11 characters · about 1 min read");
});

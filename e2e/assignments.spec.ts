import type { Page } from "@playwright/test";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { ACCOUNTS,  } from "@/lib/testing/browser/accounts";
import { ArticleEditor } from "@/lib/testing/browser/pages";

// An assignment from the editor's desk to the reporter's draft, with the
// notifications and an editorial note along the way. Tests share one
// database, so the title is unique to this run.
test.describe.configure({ mode: "serial" });

const title = `开发区口袋公园进展 ${Date.now().toString(36)}`;
const note = "请补充数据来源";
let articleId = "";

const inGroup = (page: Page, group: string) =>
  page.getByRole("region", { name: group, exact: true }).getByTestId("assignment").filter({ hasText: title });

test("an editor assigns a story whose deadline has passed, and the board marks it late", async ({ as }) => {
  const page = await as("editor", "/desk/assignments");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Brief", { exact: true }).fill("采访园林局，写清三座公园的位置和开放时间。");
  await page.getByLabel("Section", { exact: true }).selectOption({ label: "Development Zone" });
  await page.getByLabel("Reporter", { exact: true }).selectOption({ label: ACCOUNTS.reporter.name });
  await page.getByLabel("Deadline", { exact: true }).fill("2021-11-02T18:00");
  await page.getByLabel("Target edition", { exact: true }).fill("2021-11-03");
  await page.getByRole("button", { name: "Create assignment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Assignment created" })).toBeVisible();

  const row = inGroup(page, "Open");
  await expect(row).toBeVisible();
  await expect(row.getByText("Late", { exact: true })).toBeVisible();
  await expect(row).toContainText(ACCOUNTS.reporter.name);
  await page.context().close();
});

test("the reporter sees the badge, finds the assignment in Notifications and marks it read", async ({ as }) => {
  const page = await as("reporter", "/desk");
  await expect(page.getByTestId("unread-count")).toBeVisible();
  await page.getByRole("link", { name: /^Notifications/ }).click();
  await expect(page).toHaveURL(/\/desk\/notifications$/);

  const notice = page.getByTestId("notification").filter({ hasText: title });
  await expect(notice).toHaveAttribute("data-kind", "assigned");
  await expect(notice).toContainText(`${ACCOUNTS.editor.name} assigned you`);
  await expect(notice).toHaveAttribute("data-unread", "true");
  await notice.getByRole("button", { name: "Mark as read" }).click();
  await expect(notice).toHaveAttribute("data-unread", "false");
  await expect(notice.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
  await page.context().close();
});

test("the reporter starts the article from My assignments", async ({ as }) => {
  const page = await as("reporter", "/desk");
  const row = page.getByRole("region", { name: "My assignments" }).getByTestId("assignment").filter({ hasText: title });
  await expect(row.getByText("Late", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: "Start article" }).click();

  const editor = new ArticleEditor(page);
  articleId = await editor.articleId();
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue(title);
  await expect(editor.status()).toHaveText("Draft");
  await page.context().close();
});

test("the editor's board shows it in progress, and the editor leaves a note on the article", async ({ as }) => {
  const page = await as("editor", "/desk/assignments");
  const row = inGroup(page, "In progress");
  await expect(row).toBeVisible();
  await expect(inGroup(page, "Open")).toHaveCount(0);

  await row.getByRole("link", { name: "Open article" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${articleId}$`));
  await page.getByLabel("Comment", { exact: true }).fill(note);
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByTestId("comment").filter({ hasText: note })).toContainText(ACCOUNTS.editor.name);
  await page.context().close();
});

test("the reporter gets a comment notification, reads the note on the article and resolves it", async ({ as }) => {
  const page = await as("reporter", "/desk/notifications");
  const notice = page.getByTestId("notification").filter({ hasText: title }).filter({ hasText: note });
  await expect(notice).toHaveAttribute("data-kind", "comment");
  await expect(notice).toContainText(`${ACCOUNTS.editor.name} commented on`);
  await notice.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${articleId}$`));

  const comment = page.getByTestId("comment").filter({ hasText: note });
  await expect(comment).toContainText(ACCOUNTS.editor.name);
  await comment.getByRole("button", { name: "Resolve" }).click();
  await expect(comment).toHaveAttribute("data-resolved", "true");
  await expect(comment.getByText("Resolved", { exact: true })).toBeVisible();
  await expect(comment.getByRole("button", { name: "Resolve" })).toHaveCount(0);
  await page.context().close();
});

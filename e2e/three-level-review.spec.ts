import { expect, test, type As } from "@/lib/testing/browser/fixtures";
import type { AccountName } from "@/lib/testing/browser/accounts";
import { ArticleEditor } from "@/lib/testing/browser/pages";

// 三审 with three different people: 张敏 (editor) passes 初审, the admin
// passes 复审, 王文 (chief editor) passes 终审 and publishes. A change of the
// text by 张敏 after two sign-offs voids them and sends it back to 初审.
// Three stages change every article's review, so this spec has a server of
// its own (lib/testing/browser/fixtures.ts).
test.describe.configure({ mode: "serial" });
test.use({ ownServer: "three-level-review" });

const headline = `开发区三审测试稿 ${Date.now().toString(36)}`;
let articleId = "";

async function signOff(as: As, role: AccountName, opinion: string, expected: string) {
  const page = await as(role, `/desk/articles/${articleId}`);
  await page.getByLabel("Opinion").fill(opinion);
  await page.getByRole("button", { name: "Sign off" }).click();
  await expect(page.getByTestId("status").first()).toHaveText(expected);
  return page;
}

test("the admin sets three review stages", async ({ as }) => {
  const admin = await as("admin", "/desk/settings");
  await admin.getByLabel("Number of stages").selectOption("3");
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("Settings saved.")).toBeVisible();
});

test("a reporter submits into the three-level review", async ({ as }) => {
  const page = await as("reporter", "/desk/articles/new");
  const editor = new ArticleEditor(page);
  await editor.fill({ headline, body: "开发区今天召开三审测试会议。" });
  await editor.saveDraft();
  articleId = await editor.articleId();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.status()).toHaveText("Submitted");
  await page.context().close();
});

test("初审 and 复审 are signed by two people, each with an opinion", async ({ as }) => {
  const first = await signOff(as, "editor", "事实核对无误。", "In review");
  await expect(first.getByTestId("waiting-stage")).toHaveText("Waiting at 复审");
  // The same person may not sign the next level.
  await first.reload();
  await first.getByLabel("Opinion").fill("复审也通过");
  await first.getByRole("button", { name: "Sign off" }).click();
  await expect(first.getByText("You are not allowed to do this.")).toBeVisible();
  await first.context().close();

  const second = await signOff(as, "admin", "同意。", "In review");
  await expect(second.getByTestId("waiting-stage")).toHaveText("Waiting at 终审");
  await expect(second.getByTestId("sign-offs").getByRole("listitem")).toHaveCount(2);
  await second.context().close();
});

test("an editor cannot pass 终审 or publish", async ({ as }) => {
  const page = await as("editor", `/desk/articles/${articleId}`);
  await expect(page.getByRole("button", { name: "Sign off" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await page.context().close();
});

test("a change of the text by 初审 voids the sign-offs and sends it back to 初审", async ({ as }) => {
  const page = await as("editor", `/desk/articles/${articleId}`);
  await new ArticleEditor(page).fillBody("开发区今天召开三审测试会议，参会六十人。");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("waiting-stage")).toHaveText("Waiting at 初审");
  await expect(page.getByTestId("sign-offs").getByText("(voided)")).toHaveCount(2);
  await page.context().close();
});

test("after signing again, the chief editor passes 终审 and publishes", async ({ page, as }) => {
  (await signOff(as, "editor", "修改后核对无误。", "In review")).context().close();
  (await signOff(as, "admin", "同意。", "In review")).context().close();
  const chief = await signOff(as, "chief", "可以发。", "Approved");
  await chief.getByLabel("Section").selectOption({ label: "Development Zone" });
  await chief.getByRole("button", { name: "Publish now" }).click();
  await expect(chief.getByTestId("status").first()).toHaveText("Published");
  await chief.context().close();

  await page.goto("/");
  await expect(page.getByRole("link", { name: headline })).toBeVisible();
});

import { expect, test, type As } from "@/lib/testing/browser/fixtures";
import type { AccountName } from "@/lib/testing/browser/accounts";
import { ArticleEditor } from "@/lib/testing/browser/pages";

// 三审 with three different people: 张敏 (editor) passes 初审, the admin
// passes 复审, 王文 (chief editor) passes 终审 and publishes. A change of the
// text by 张敏 after two sign-offs voids them and sends it back to 初审. The
// stages are named in each language; the rules are named when they refuse;
// the published lead is moved down without leaving the readers.
// Three stages change every article's review, so this spec has a server of
// its own (lib/testing/browser/fixtures.ts).
test.describe.configure({ mode: "serial" });
test.use({ ownServer: "three-level-review" });

const headline = `开发区三审测试稿 ${Date.now().toString(36)}`;
let articleId = "";

async function signOff(as: As, role: AccountName, opinion: string, expected: string) {
  const page = await as(role, `/desk/articles/${articleId}`);
  const signOffs = page.getByTestId("sign-offs").getByRole("listitem");
  const before = await signOffs.count();
  await page.getByLabel("Opinion").fill(opinion);
  await page.getByRole("button", { name: "Sign off" }).click();
  // Recorded: 初审 and 复审 leave the status as it was, so it alone would not wait for the sign-off.
  await expect(signOffs).toHaveCount(before + 1);
  await expect(page.getByTestId("status").first()).toHaveText(expected);
  return page;
}

test("the admin sets three review stages, named in each language", async ({ as }) => {
  const admin = await as("admin", "/desk/settings");
  await admin.getByLabel("Number of stages").selectOption("3");
  await expect(admin.getByLabel("Stage name 2")).toHaveValue("复审");
  await expect(admin.getByLabel("English name of stage 2")).toHaveValue("Second review");
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

test("初审 and 复审 are signed by two people, each with an opinion, and the rules say so when they refuse", async ({ as, baseURL }) => {
  const first = await signOff(as, "editor", "事实核对无误。", "In review");
  await expect(first.getByTestId("waiting-stage")).toHaveText("Waiting at Second review");
  // The same person may not sign the next level: no form is offered, and the page says which rule.
  await first.reload();
  await expect(first.getByRole("button", { name: "Sign off" })).toHaveCount(0);
  await expect(first.getByTestId("sign-off-rule")).toHaveText(
    "You signed First review. Under the 三审 rules one person may not sign two levels of the same article: Second review is for someone else to sign.",
  );
  await first.goto(`/zh-CN/desk/articles/${articleId}`);
  await expect(first.getByTestId("waiting-stage")).toHaveText("等待 复审");
  await expect(first.getByTestId("sign-off-rule")).toHaveText("你已签发初审。三审规定同一人不能签发同一稿件的两级审核，复审须由他人签发。");
  await first.context().close();

  // A sign-off without its opinion: the opinion box is marked and the rule is named, in the desk's language.
  const second = await as("admin");
  // The desk's language is a cookie (the switcher's): the action's answer speaks it too.
  await second.context().addCookies([{ name: "lang", value: "zh-CN", url: baseURL! }]);
  await second.goto(`/desk/articles/${articleId}`);
  await second.getByRole("button", { name: "签发" }).click();
  const opinion = second.getByLabel("审稿意见");
  await expect(opinion).toHaveAttribute("aria-invalid", "true");
  await expect(second.getByText("三审规定每一级签发都要写审稿意见，请填写“审稿意见”。").first()).toBeVisible();
  await second.context().clearCookies({ name: "lang" });
  await second.goto(`/desk/articles/${articleId}`);
  await second.getByRole("button", { name: "Sign off" }).click();
  await expect(second.getByText("Under the 三审 rules every sign-off carries a written opinion: please write it under Opinion.").first()).toBeVisible();
  await second.getByLabel("Opinion").fill("同意。");
  await second.getByRole("button", { name: "Sign off" }).click();
  await expect(second.getByTestId("waiting-stage")).toHaveText("Waiting at Final review");
  await expect(second.getByTestId("sign-offs").getByRole("listitem")).toHaveCount(2);
  await expect(second.getByTestId("sign-offs")).toContainText("Second review · 管理员");
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
  await expect(page.getByTestId("waiting-stage")).toHaveText("Waiting at First review");
  await expect(page.getByTestId("sign-offs").getByText("(voided)")).toHaveCount(2);
  await page.context().close();
});

test("after signing again, the chief editor passes 终审 and publishes it as the lead; an editor moves it down without unpublishing it", async ({ page, as }) => {
  (await signOff(as, "editor", "修改后核对无误。", "In review")).context().close();
  (await signOff(as, "admin", "同意。", "In review")).context().close();
  const chief = await signOff(as, "chief", "可以发。", "Approved");
  await chief.getByLabel("Section").selectOption({ label: "Development Zone" });
  await chief.getByLabel("Placement").selectOption({ label: "Lead" });
  await chief.getByRole("button", { name: "Publish now" }).click();
  await expect(chief.getByTestId("status").first()).toHaveText("Published");
  await chief.context().close();

  await page.goto("/");
  await expect(page.getByTestId("lead-story").getByRole("link", { name: headline })).toBeVisible();

  // 调整版位: the next day's desk moves yesterday's lead down and onto page 3.
  const editor = await as("editor", `/desk/articles/${articleId}`);
  const move = editor.getByRole("region", { name: "Review" });
  await expect(move.getByRole("heading", { name: "Move the published story" })).toBeVisible();
  await move.getByLabel("Placement").selectOption({ label: "Standard" });
  await move.getByLabel("Page number").fill("3");
  await move.getByLabel("Page name").fill("开发区");
  await move.getByRole("button", { name: "Move it" }).click();
  await expect(editor.getByText("Moved; the front page is updated.")).toBeVisible();
  await expect(editor.getByTestId("status").first()).toHaveText("Published");
  await expect(editor.getByRole("region", { name: "Workflow history" })).toContainText("Moved: placement Lead → Standard; Not on a page → Page 3 · 开发区");
  await editor.goto(`/zh-CN/desk/articles/${articleId}`);
  await expect(editor.getByRole("region", { name: "流程记录" })).toContainText("调整版位：版位 头条 → 普通；未分版 → 第03版 开发区");
  await editor.context().close();

  // At once, and still there for readers.
  await page.goto("/");
  await expect(page.getByTestId("lead-story").getByRole("link", { name: headline })).toHaveCount(0);
  await expect(page.getByRole("link", { name: headline }).first()).toBeVisible();
});

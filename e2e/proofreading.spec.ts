import { expect, test } from "@/lib/testing/browser/fixtures";
import { ArticleEditor } from "@/lib/testing/browser/pages";

// 三校 as the newsroom meets it. The chief editor requires two proofreading
// rounds; the reporter's copy is underlined as it is typed, fixed (one kind
// at a time, changing nothing else) and a finding kept with a reason; the
// first proof is signed, voided by a later edit and signed again, the second
// by another person, and only then does the article publish. Without the
// rounds a chief editor publishes only by giving a reason. The rounds change
// every article's publishing, so this spec has a server of its own.
test.describe.configure({ mode: "serial" });
test.use({ ownServer: "proofreading" });

const stamp = Date.now().toString(36);
let articleId = "";

test("findings are underlined and fixed as the reporter types, and two proofreaders sign before the article publishes", async ({ as }) => {
  const chief = await as("chief", "/desk/settings");
  await chief.getByLabel("Proofreading rounds").selectOption("2");
  await chief.getByRole("button", { name: "Save proofreading settings" }).click();
  await expect(chief.getByText("Proofreading settings saved.")).toBeVisible();
  await chief.context().close();

  const reporter = await as("reporter", "/desk/articles/new");
  const editor = new ArticleEditor(reporter);
  await editor.fill({ kicker: "开发区,专题会议", headline: `开发区部署四季度工作 ${stamp}`, body: "会议强调,疫情防控要从严.....\n\n会议要求,任务完成要从优。这是最佳方案。" });
  const panel = reporter.getByTestId("proofread-panel");
  const kind = (rule: string) => panel.locator(`[data-rule="${rule}"]`);
  // Two commas and the dots in the body, the comma in the kicker; 最佳 is on the starter list's 慎用词.
  await expect(kind("halfWidthPunctuation").getByTestId("rule-count")).toHaveText("(3)");
  await expect(editor.body().locator(".proof-error")).toHaveCount(3);
  await expect(editor.body().locator(".proof-warning")).toHaveText(["最佳"]);
  await expect(panel.getByTestId("proof-rate")).toContainText("errors per 10,000 characters");

  await kind("halfWidthPunctuation").getByRole("button", { name: "Fix all of this kind" }).click();
  await kind("ellipsis").getByRole("button", { name: "Fix", exact: true }).click();
  // Only the marks changed, in the body and in the kicker.
  await expect(editor.body().locator("p")).toHaveText(["会议强调，疫情防控要从严……", "会议要求，任务完成要从优。这是最佳方案。"]);
  await expect(reporter.getByLabel("Kicker")).toHaveValue("开发区，专题会议");
  await expect(editor.body().locator(".proof-error")).toHaveCount(0);

  await kind("wordCaution").getByRole("button", { name: "Ignore" }).click();
  await panel.getByLabel("Reason for ignoring").fill("引用讲话原文。");
  await panel.getByRole("button", { name: "Ignore it" }).click();
  await expect(panel.getByText("Ignored, and remembered for this article.")).toBeVisible();
  await expect(panel.getByTestId("proof-summary")).toHaveText("0 error(s) · 0 query(ies)");
  await editor.saveDraft();
  articleId = await editor.articleId();
  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.status()).toHaveText("Submitted");
  await reporter.context().close();

  // The editor finds the ignore remembered, and publishing held for the rounds.
  const desk = await as("editor", `/desk/articles/${articleId}`);
  await expect(desk.getByTestId("proofread-panel").getByTestId("ignored")).toContainText("Ignored (1)");
  await expect(desk.getByTestId("proof-blocked")).toContainText("1st proof (一校), 2nd proof (二校) not signed");
  await desk.getByLabel("Section").selectOption({ label: "Development Zone" });
  await desk.getByRole("button", { name: "Approve and publish" }).click();
  await expect(desk.getByRole("status").filter({ hasText: "Proofreading is not complete, so this cannot be published" })).toBeVisible();
  await expect(desk.getByTestId("status").first()).toHaveText("Submitted");

  await desk.getByRole("button", { name: "Sign the 1st proof (一校)" }).click();
  await expect(desk.getByTestId("proof-round-1").getByTestId("proof-sign-off")).toContainText("张敏");
  // A change of the text after the sign-off voids the proofreader's own round.
  await new ArticleEditor(desk).fillBody("会议强调，疫情防控要从严……\n\n会议要求，任务完成要从优。这是最佳方案。全年目标一定完成。");
  await desk.getByRole("button", { name: "Save", exact: true }).click();
  await expect(desk.getByTestId("proof-round-1").getByTestId("proof-sign-off-voided")).toContainText("张敏");
  await desk.getByRole("button", { name: "Sign the 1st proof (一校)" }).click();
  await expect(desk.getByTestId("proof-round-1").getByTestId("proof-sign-off")).toContainText("张敏");
  // The same person may not sign the next round.
  await expect(desk.getByRole("button", { name: /Sign the 2nd proof/ })).toHaveCount(0);
  await desk.context().close();

  const admin = await as("admin", `/desk/articles/${articleId}`);
  await admin.getByRole("button", { name: "Sign the 2nd proof (二校)" }).click();
  await expect(admin.getByTestId("proof-standing")).toHaveText("Proofreading complete.");
  await admin.context().close();

  const publisher = await as("chief", `/desk/articles/${articleId}`);
  await publisher.getByLabel("Section").selectOption({ label: "Development Zone" });
  await publisher.getByRole("button", { name: "Approve and publish" }).click();
  await expect(publisher.getByTestId("status").first()).toHaveText("Published");
  await publisher.context().close();
});

test("a chief editor keeps the word lists, and publishes unproofread copy only with a reason", async ({ as }) => {
  const reporter = await as("reporter");
  expect((await reporter.goto("/desk/words"))?.status()).toBe(404);
  await reporter.context().close();

  const chief = await as("chief", "/desk/words");
  const add = chief.getByRole("form", { name: "Add an entry" });
  await add.getByLabel("Word").fill("急就章");
  await add.getByLabel("Category").selectOption({ label: "Banned" });
  await add.getByRole("button", { name: "Add", exact: true }).click();
  await expect(chief.getByText("“急就章” added.")).toBeVisible();
  await chief.getByLabel("Search").fill("急就章");
  await chief.getByRole("button", { name: "Filter" }).click();
  await expect(chief.getByTestId("word-row")).toHaveCount(1);

  await chief.goto("/desk/articles/new");
  const editor = new ArticleEditor(chief);
  await editor.fill({ headline: `开发区突发新闻 ${stamp}`, body: "这篇急就章来不及校对。" });
  await expect(chief.getByTestId("proofread-panel").locator('[data-rule="wordBanned"]')).toContainText("急就章 is a banned word.");
  await editor.saveDraft();
  await editor.articleId();
  await chief.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.status()).toHaveText("Submitted");

  await chief.getByLabel("Section").selectOption({ label: "Development Zone" });
  await chief.getByRole("button", { name: "Approve and publish" }).click();
  await expect(chief.getByRole("status").filter({ hasText: "1st proof (一校), 2nd proof (二校) not signed; 1 error(s) open" })).toBeVisible();
  // The refused form starts again from the article's layout: choose the section again, and say why.
  await chief.getByLabel("Section").selectOption({ label: "Development Zone" });
  await chief.getByLabel("Reason to publish before proofreading is complete (chief editor)").fill("突发新闻，先发后校。");
  await chief.getByRole("button", { name: "Approve and publish" }).click();
  await expect(editor.status()).toHaveText("Published");
  await expect(chief.getByTestId("proof-override")).toContainText("突发新闻，先发后校。");
});

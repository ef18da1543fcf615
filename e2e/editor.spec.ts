import { expect, test, type As } from "@/lib/testing/browser/fixtures";
import { ArticleEditor } from "@/lib/testing/browser/pages";

// The reporter's desk: rich text that readers get as typed, the byline with
// its live bilingual preview, autosave that survives a cut network, and two
// people saving the same draft.
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** A saved draft by the reporter; answers its id and the page it is open in. */
async function draft(as: As, headline: string, body: string) {
  const page = await as("reporter", "/desk/articles/new");
  const editor = new ArticleEditor(page);
  await editor.fill({ headline, body });
  await editor.saveDraft();
  const id = await editor.articleId();
  await expect(editor.status()).toHaveText("Draft");
  return { page, editor, id };
}

/** Puts the cursor at the very end of the body. */
async function endOfBody(editor: ArticleEditor) {
  const body = editor.body();
  // Only once the editor is live does a click put the caret in it.
  await expect(body).toHaveAttribute("contenteditable", "true");
  await body.click();
  await body.press("ControlOrMeta+End");
}

test("rich text made with the toolbar and the keyboard reaches the reader as headings, bold and lists", async ({ page, as }) => {
  const headline = `富文本测试 ${stamp()}`;
  const reporter = await as("reporter", "/desk/articles/new");
  const editor = new ArticleEditor(reporter);
  await editor.fill({ headline, body: "导语段落。" });
  const keys = reporter.keyboard;
  await endOfBody(editor);
  await keys.press("Enter");
  await reporter.getByRole("button", { name: "Heading", exact: true }).click();
  await expect(reporter.getByRole("button", { name: "Heading", exact: true })).toHaveAttribute("aria-pressed", "true");
  await keys.insertText("二级小标题");
  await keys.press("Enter");
  await keys.press("ControlOrMeta+b");
  await keys.insertText("加粗的字");
  await keys.press("ControlOrMeta+b");
  await keys.insertText("，然后是");
  await reporter.getByRole("button", { name: "Italic" }).click();
  await keys.insertText("斜体");
  await keys.press("ControlOrMeta+i"); // off again, or the next paragraph would carry it
  await keys.press("Enter");
  await keys.press("ControlOrMeta+Alt+3");
  await keys.insertText("三级小标题");
  await keys.press("Enter");
  await reporter.getByRole("button", { name: "Bullet list" }).click();
  await keys.insertText("第一点");
  await keys.press("Enter");
  await keys.insertText("第二点");
  await keys.press("Enter");
  await keys.press("Enter"); // an empty item ends the list
  await keys.insertText("结尾段落。");

  // 字数 count the text only: formatting adds nothing.
  await expect(reporter.getByTestId("counts")).toContainText("characters");
  await editor.saveDraft();
  await editor.articleId();
  await expect(editor.status()).toHaveText("Draft");
  // Saved as typed: the editor opens it again with its structure.
  await reporter.reload();
  await expect(editor.body().locator("h2")).toHaveText("二级小标题");
  await expect(editor.body().locator("strong")).toHaveText("加粗的字");
  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.status()).toHaveText("Submitted");
  const slug = (await reporter.getByTestId("slug").textContent()) ?? "";
  await reporter.context().close();

  const desk = await as("editor", "/desk/review");
  await desk.getByRole("link", { name: headline }).click();
  // Wait for the article's page before choosing: a choice made while the
  // navigation is still arriving would be replaced with the page.
  await expect(desk).toHaveURL(/\/desk\/articles\/[a-z0-9]+$/);
  await expect(desk.getByTestId("status").first()).toHaveText("Submitted");
  await desk.getByLabel("Section").selectOption({ label: "Development Zone" });
  await desk.getByRole("button", { name: "Approve and publish" }).click();
  await expect(desk.getByTestId("status").first()).toHaveText("Published");
  await desk.context().close();

  await page.goto(`/articles/${slug}`);
  const body = page.getByTestId("article-body");
  await expect(body.locator("h2")).toHaveText("二级小标题");
  await expect(body.locator("h3")).toHaveText("三级小标题");
  await expect(body.locator("strong")).toHaveText("加粗的字");
  await expect(body.locator("em")).toHaveText("斜体");
  await expect(body.locator("ul > li")).toHaveText(["第一点", "第二点"]);
  await expect(body.locator("p").first()).toHaveText("导语段落。");
  await expect(body).toContainText("结尾段落。");
});

test("pasting from Word keeps the list and drops the styling", async ({ as }) => {
  const page = await as("reporter", "/desk/articles/new");
  const editor = new ArticleEditor(page);
  await editor.body().click();
  const word =
    '<p class=MsoNormal style="font-family:SimSun;mso-bidi-font-family:Arial"><span style="color:red">会议要求：</span><o:p></o:p></p>' +
    "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span>&nbsp;&nbsp;</span></span><![endif]>抓好落实</p>" +
    "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>2.<span>&nbsp;&nbsp;</span></span><![endif]>务求实效</p>";
  await editor.body().evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "会议要求：抓好落实 务求实效");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, word);
  await expect(editor.body().locator("ol > li")).toHaveText(["抓好落实", "务求实效"]);
  await expect(editor.body().locator("[style], [class*=Mso], span")).toHaveCount(0);
  await expect(editor.body()).toContainText("会议要求：");
  await page.context().close();
});

test("the byline reorders with Move down, and the preview follows in both languages", async ({ as }) => {
  const page = await as("reporter", "/desk/articles/new");
  const editor = new ArticleEditor(page);
  await editor.fill({
    headline: `署名测试 ${stamp()}`,
    body: "署名顺序测试。",
    contributors: [
      { name: "郭坤", role: "Reporter", credit: "Text and photos" },
      { name: "曹文娟", role: "Correspondent", credit: "Text and photos" },
    ],
  });
  await expect(page.getByTestId("byline-preview-zh")).toHaveText("本报讯 (记者 郭坤 通讯员 曹文娟 文/图)");
  await expect(page.getByTestId("byline-preview-en")).toHaveText("Staff report (reporter Guo Kun, correspondent Cao Wenjuan; text and photos)");
  // The reporter's own line is linked to their account.
  await expect(page.getByLabel("Staff account").first()).not.toHaveValue("");

  const first = page.getByRole("group", { name: "Contributor 1" });
  await expect(first.getByRole("button", { name: "Move up" })).toBeDisabled();
  await first.getByRole("button", { name: "Move down" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Name").nth(0)).toHaveValue("曹文娟");
  await expect(page.getByTestId("byline-preview-zh")).toHaveText("本报讯 (通讯员 曹文娟 记者 郭坤 文/图)");
  await expect(page.getByTestId("byline-preview-en")).toHaveText("Staff report (correspondent Cao Wenjuan, reporter Guo Kun; text and photos)");

  await page.getByLabel("Dateline").fill("新华社北京11月1日电");
  await expect(page.getByTestId("byline-preview-en")).toHaveText("新华社北京11月1日电 (correspondent Cao Wenjuan, reporter Guo Kun; text and photos)");

  await editor.saveDraft();
  await editor.articleId();
  // The address alone may come from an autosave before the Save: the article's own page is drawn once the Save has landed.
  await expect(editor.status()).toHaveText("Draft");
  await page.reload();
  await expect(page.getByLabel("Name").nth(0)).toHaveValue("曹文娟");
  await expect(page.getByLabel("Name").nth(1)).toHaveValue("郭坤");
  await page.context().close();
});

test("autosave keeps the text without pressing Save, the new draft included", async ({ as }) => {
  const page = await as("reporter", "/desk/articles/new");
  const editor = new ArticleEditor(page);
  const state = page.getByTestId("save-state");
  await editor.fill({ headline: `自动保存测试 ${stamp()}`, body: "第一段，没有按保存。" });
  await expect(state).toHaveText(/^Saved at \d{2}:\d{2}$/);
  // The draft was created; its address replaced /new without reloading the form.
  const id = await editor.articleId();

  await endOfBody(editor);
  await page.keyboard.press("Enter");
  await page.keyboard.insertText("第二段，也是自动保存的。");
  await expect(state).toHaveText("Unsaved changes");
  await expect(state).toHaveText(/^Saved at \d{2}:\d{2}$/);

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${id}$`));
  await expect(editor.body()).toHaveText("第一段，没有按保存。第二段，也是自动保存的。");
  await expect(page.getByText("Unsent changes from this device were found")).toHaveCount(0);
  await page.context().close();
});

test("text typed while the network is cut is kept on the device and restored, every character", async ({ as }) => {
  const { page, editor, id } = await draft(as, `断网测试 ${stamp()}`, "断网前保存的一段。");
  const context = page.context();
  const offlineText = "断网后打的字：一二三四五六七八九十，ABC 123！";

  await context.setOffline(true);
  await endOfBody(editor);
  await page.keyboard.press("Enter");
  await page.keyboard.insertText(offlineText);
  await expect(page.getByTestId("save-state")).toHaveText("Offline — changes kept on this device");
  // The laptop dies while offline: the tab goes without a word, so no
  // closing beacon can carry the text (a closed page's keepalive request may
  // be sent later, once the network is back, and would make this test moot).
  const crashed = page.waitForEvent("crash");
  void (await context.newCDPSession(page)).send("Page.crash").catch(() => undefined);
  await crashed;
  await page.close();
  await context.setOffline(false);

  const again = await context.newPage();
  await again.goto(`/desk/articles/${id}`);
  const restored = new ArticleEditor(again);
  await expect(again.getByText("Unsent changes from this device were found")).toBeVisible();
  await expect(restored.body()).toHaveText("断网前保存的一段。");
  await again.getByRole("button", { name: "Restore my changes" }).click();
  await expect(restored.body()).toHaveText(`断网前保存的一段。${offlineText}`);
  await expect(again.getByTestId("save-state")).toHaveText(/^Saved at \d{2}:\d{2}$/);

  await again.reload();
  await expect(restored.body()).toHaveText(`断网前保存的一段。${offlineText}`);
  await expect(again.getByText("Unsent changes from this device were found")).toHaveCount(0);
  await context.close();
});

test("a 30-second network cut while typing loses nothing: the open page sends it all when the network returns", async ({ as }) => {
  test.setTimeout(120_000);
  const { page, editor, id } = await draft(as, `长时间断网 ${stamp()}`, "断网前保存的一段。");
  const context = page.context();
  const state = page.getByTestId("save-state");

  await context.setOffline(true);
  const cutAt = Date.now();
  await endOfBody(editor);
  // Typing goes on through the whole cut: a paragraph every few seconds for 30 s.
  const typed: string[] = [];
  for (let i = 1; Date.now() - cutAt < 30_000; i++) {
    const paragraph = `断网第${i}段：一二三四五六七八九十，ABC ${i}！`;
    await page.keyboard.press("Enter");
    await page.keyboard.insertText(paragraph);
    typed.push(paragraph);
    await expect(state).toHaveText("Offline — changes kept on this device");
    await page.waitForTimeout(4_000);
  }
  expect(typed.length).toBeGreaterThanOrEqual(5);

  // The page was never closed: it sends everything itself once the network is back.
  await context.setOffline(false);
  await expect(state).toHaveText(/^Saved at \d{2}:\d{2}$/, { timeout: 20_000 });
  await expect(editor.body()).toHaveText(`断网前保存的一段。${typed.join("")}`);

  // What the server has, seen from another browser with nothing kept on its device: every character.
  const elsewhere = await as("reporter", `/desk/articles/${id}`);
  await expect(new ArticleEditor(elsewhere).body()).toHaveText(`断网前保存的一段。${typed.join("")}`);
  await expect(elsewhere.getByText("Unsent changes from this device were found")).toHaveCount(0);
  await elsewhere.context().close();
  await context.close();
});

test("two people save the same draft: the second sees both texts side by side and merges them", async ({ as }) => {
  const { page: reporter, editor: mine, id } = await draft(as, `冲突测试 ${stamp()}`, "共同的第一段。");
  const deskEditor = await as("editor", `/desk/articles/${id}`);
  const theirs = new ArticleEditor(deskEditor);
  await expect(theirs.body()).toHaveText("共同的第一段。");

  await mine.fillBody("共同的第一段。\n\n记者加的一段。");
  await mine.saveDraft();
  await expect(reporter.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await theirs.fillBody("共同的第一段。\n\n编辑加的一段。");
  await theirs.saveDraft();
  const conflict = deskEditor.getByTestId("conflict");
  await expect(conflict.getByTestId("conflict-mine")).toContainText("编辑加的一段。");
  await expect(conflict.getByTestId("conflict-theirs")).toContainText("记者加的一段。");
  await expect(deskEditor.getByTestId("save-state")).toContainText("Someone else saved this article");
  // Nothing was overwritten: the reporter's text is still what the server has.
  await expect(conflict.getByTestId("conflict-mine")).not.toContainText("记者加的一段。");

  const merged = deskEditor.getByLabel("Merged text");
  await expect(merged).toHaveValue(/共同的第一段。[\s\S]*编辑加的一段。[\s\S]*记者加的一段。|共同的第一段。[\s\S]*记者加的一段。[\s\S]*编辑加的一段。/);
  await merged.fill("共同的第一段。\n\n记者加的一段。\n\n编辑加的一段。");
  await deskEditor.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(deskEditor.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(deskEditor.getByTestId("conflict")).toHaveCount(0);
  await expect(theirs.body()).toHaveText("共同的第一段。记者加的一段。编辑加的一段。");
  await deskEditor.context().close();

  await reporter.reload();
  await expect(mine.body().locator("p")).toHaveText(["共同的第一段。", "记者加的一段。", "编辑加的一段。"]);
  await reporter.context().close();
});

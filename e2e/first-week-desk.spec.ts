import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import sharp from "sharp";
import { createArticle } from "@/lib/articles/save";
import { createDb } from "@/lib/database/client";
import { ACCOUNTS } from "@/lib/testing/browser/accounts";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { ArticleEditor } from "@/lib/testing/browser/pages";

// The desk as a newcomer meets it in the first week (issue 15, items 6–15):
// a reporter's story from the empty form to the preview on a phone in
// Chinese, the same desk at 1280 px in English through a network cut, and
// what editors and admins look at — the review queue, My desk with many
// drafts, refused pages, the admin tables on a phone, the audit log's words.
const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
const PHONE = { width: 390, height: 844 };
let dir = "";

test.beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "copydesk-first-week-"));
  const picture = (background: string) => sharp({ create: { width: 1200, height: 800, channels: 3, background } }).jpeg().toBuffer();
  await writeFile(path.join(dir, `park-${stamp}.jpg`), await picture("#4a7"));
  await writeFile(path.join(dir, `bridge-${stamp}.jpg`), await picture("#a74"));
});
test.afterAll(() => rm(dir, { recursive: true, force: true }));

/** How far the page reaches past the right edge of the window (0: nothing to scroll sideways). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * What does not fit in the byline editor: a name wider than its box, a
 * select whose longest choice is wider than the select, a label broken over
 * lines. Empty when every word is readable.
 */
const cutOff = (scope: Locator) =>
  scope.evaluate((root) => {
    const problems: string[] = [];
    const ruler = document.createElement("span");
    ruler.style.cssText = "position:absolute;visibility:hidden;white-space:pre";
    document.body.append(ruler);
    for (const select of Array.from(root.querySelectorAll("select"))) {
      const style = getComputedStyle(select);
      ruler.style.font = style.font;
      // The room left of the drop-down arrow.
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      for (const option of Array.from(select.options)) {
        ruler.textContent = option.text;
        if (ruler.getBoundingClientRect().width > room) problems.push(`${select.id}: “${option.text}” in ${select.clientWidth}px`);
      }
    }
    for (const input of Array.from(root.querySelectorAll("input"))) {
      if (input.scrollWidth > input.clientWidth) problems.push(`${input.id}: “${input.value}” in ${input.clientWidth}px`);
    }
    for (const label of Array.from(root.querySelectorAll("label"))) {
      const line = parseFloat(getComputedStyle(label).lineHeight) || 20;
      if (label.getBoundingClientRect().height > line * 1.5) problems.push(`label “${label.textContent}” over ${Math.round(label.getBoundingClientRect().height / line)} lines`);
    }
    ruler.remove();
    return problems;
  });

const toolbarTexts = (page: Page) =>
  page.getByRole("toolbar").evaluate((bar) => ({
    svgs: bar.querySelectorAll("button svg").length,
    buttons: bar.querySelectorAll("button").length,
    // Emoji and other pictographs: boxes on a desktop without an emoji font.
    pictographs: (bar.textContent ?? "").match(/\p{Extended_Pictographic}|[\u2700-\u27bf\u2800-\u28ff]/gu) ?? [],
  }));

test("a reporter's first story on a phone, in Chinese: byline, toolbar, typing through the first save, a photo from the panel into the body, the read-only page, the preview, recall", async ({ as, baseURL }) => {
  test.setTimeout(150_000);
  const page = await as("reporter");
  // The desk's language is the reporter's choice (the switcher's cookie), on every page it moves to.
  await page.context().addCookies([{ name: "lang", value: "zh-CN", url: baseURL! }]);
  await page.setViewportSize(PHONE);
  await page.goto("/desk/articles/new");
  const body = page.getByLabel("正文", { exact: true });
  await expect(body).toHaveAttribute("contenteditable", "true");

  // Item 14: an empty draft has no reading time. Item 6: nothing leaves the screen.
  await expect(page.getByTestId("counts")).toHaveText("字数 0");
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  // Item 7: drawn icons, and the tooltip names the shortcut.
  const bar = await toolbarTexts(page);
  expect(bar.pictographs).toEqual([]);
  expect(bar.svgs).toBe(bar.buttons);
  const toolbar = page.getByRole("toolbar");
  await expect(toolbar.getByRole("button", { name: "加粗", exact: true })).toHaveAttribute("title", "加粗 Ctrl+B");
  await expect(toolbar.getByRole("button", { name: "图片", exact: true })).toHaveAttribute("title", "图片");

  // Item 6: a six-character name and every choice readable at 390 px.
  const byline = page.getByRole("group", { name: "署名人 1" });
  await byline.getByLabel("姓名").fill("欧阳司马相如");
  await byline.getByLabel("身份").selectOption({ label: "通讯员" });
  expect(await cutOff(byline)).toEqual([]);
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  // Item 15: a table pasted from Word keeps its cells apart.
  await body.click();
  await body.evaluate((element) => {
    const data = new DataTransfer();
    data.setData("text/html", '<table class=MsoTableGrid><tr><td><p class=MsoNormal>单位负责人</p></td><td><p class=MsoNormal>热力公司</p></td><td><p class=MsoNormal>张三</p></td></tr></table>');
    data.setData("text/plain", "单位负责人\t热力公司\t张三");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(body.locator("p").first()).toHaveText("单位负责人\u3000热力公司\u3000张三");

  // Item 12: what is typed right after Save draft stays in the editor as the page moves to the article's address, and is saved.
  await page.getByLabel("主题", { exact: true }).fill(`手机上写的第一篇稿 ${stamp}`);
  await body.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText("保存前的一段。");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await body.click();
  await page.keyboard.press("ControlOrMeta+End");
  const typed = "保存后马上接着打的字，一个也不能少。";
  for (const character of typed) await page.keyboard.type(character, { delay: 25 });
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)[a-z0-9]+$/);
  const id = page.url().split("/").at(-1)!;
  await page.keyboard.insertText("到了新地址还在打。");
  await expect(body).toHaveText(`单位负责人\u3000热力公司\u3000张三保存前的一段。${typed}到了新地址还在打。`);
  await expect(page.getByText("在本机发现尚未发送的修改")).toHaveCount(0);
  await expect(page.getByTestId("save-state")).toHaveText(/^已于 \d{2}:\d{2} 保存$/);
  await page.reload();
  await expect(body).toHaveText(`单位负责人\u3000热力公司\u3000张三保存前的一段。${typed}到了新地址还在打。`);

  // Item 8: a photo uploaded in the panel goes into the body from the picker, with the panel's caption.
  const panel = page.getByRole("region", { name: "图片", exact: true });
  await panel.getByLabel("图片", { exact: true }).setInputFiles(path.join(dir, `park-${stamp}.jpg`));
  await expect(panel.getByTestId("upload-status")).toHaveText("已上传。请填写图片说明、署名和替代文字。");
  const item = panel.getByTestId("photo-item");
  await item.getByLabel("图片说明").fill("图为新建的口袋公园。");
  await item.getByLabel("图片署名").fill("郭坤 摄");
  await item.getByLabel("替代文字").fill("公园里的步道");
  await item.getByRole("button", { name: "保存图片信息" }).click();
  await expect(item.getByRole("status")).toHaveText("图片信息已保存。");
  await body.click();
  await page.keyboard.press("ControlOrMeta+End");
  await toolbar.getByRole("button", { name: "图片", exact: true }).click();
  const picker = page.getByTestId("photo-picker");
  await picker.getByRole("region", { name: "本稿图片" }).getByRole("button", { name: "插入：图为新建的口袋公园。" }).click();
  await expect(body.locator("figure figcaption")).toHaveText("图为新建的口袋公园。 郭坤 摄");
  await expect(page.getByTestId("save-state")).toHaveText(/^已于 \d{2}:\d{2} 保存$/);

  // Item 14: once submitted, the page is for reading, titled so, and the caption is text, not a box.
  await page.getByRole("button", { name: "提交审稿" }).click();
  await expect(page.getByTestId("status").first()).toHaveText("待审");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("查看稿件");
  await expect(panel.getByTestId("photo-caption")).toHaveText("图为新建的口袋公园。");
  await expect(panel.getByRole("textbox")).toHaveCount(0);
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  // Item 15: the preview is the reader's page before publication — the photo once, where the body places it.
  await page.getByRole("link", { name: "预览读者看到的样子" }).click();
  const article = page.getByTestId("article");
  await expect(page.getByTestId("preview-banner")).toContainText("仅编辑部可见");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(`手机上写的第一篇稿 ${stamp}`);
  await expect(article.getByTestId("byline")).toContainText("通讯员 欧阳司马相如");
  const figure = article.getByRole("figure");
  await expect(figure).toHaveCount(1);
  await expect(figure.getByRole("img", { name: "公园里的步道" })).toBeVisible();
  await expect.poll(() => figure.getByRole("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(figure).toContainText("图为新建的口袋公园。 郭坤 摄");

  // Item 15: 撤回 before any reviewer has acted: back to the drafts, to edit again.
  await page.getByRole("link", { name: "返回稿件" }).click();
  await page.getByRole("button", { name: "撤回交稿" }).click();
  await expect(page.getByTestId("status").first()).toHaveText("草稿");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("编辑稿件");
  await expect(page.getByRole("region", { name: "流程记录" })).toContainText("记者撤回交稿");
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${id}$`));
});

test("the desk at 1280 px in English: byline choices in full, the toolbar's shortcuts, a save whose move is cut off by the network, a picture from the library", async ({ as, baseURL }) => {
  test.setTimeout(120_000);
  const page = await as("reporter");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/desk/articles/new");
  const editor = new ArticleEditor(page);
  await expect(editor.body()).toHaveAttribute("contenteditable", "true");
  await expect(page.getByTestId("counts")).toHaveText("0 characters");
  await expect(page.getByRole("button", { name: "Bold" })).toHaveAttribute("title", "Bold Ctrl+B");
  await expect(page.getByRole("button", { name: "Numbered list" })).toHaveAttribute("title", "Numbered list Ctrl+Shift+7");

  // Item 6: at 1280 px every role, credit and staff name is there in full.
  const byline = page.getByRole("group", { name: "Contributor 1" });
  await byline.getByLabel("Name").fill("欧阳司马相如");
  await byline.getByLabel("Role").selectOption({ label: "Correspondent" });
  await byline.getByLabel("Credit").selectOption({ label: "Text and photos" });
  expect(await cutOff(byline)).toEqual([]);

  // Item 13: the network drops while the page moves to the new article's address.
  await editor.fill({ headline: `Network cut ${stamp}`, body: "Typed before the cut." });
  const context = page.context();
  // The new article's page, as the router fetches it (its address and a query).
  const articlePage = /\/desk\/articles\/(?!new)[a-z0-9]+(\?|$)/;
  let cut = false;
  await page.route(articlePage, async (route) => {
    if (cut || route.request().method() !== "GET") return route.continue();
    cut = true;
    // The page's answer arrives; the pieces it needs next do not.
    const response = await route.fetch();
    await context.setOffline(true);
    await route.fulfill({ response });
  });
  await editor.saveDraft();
  await editor.body().click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText(" And after Save.");
  await expect(page.getByTestId("desk-unavailable")).toContainText("this page reloads by itself when the network is back");
  await context.setOffline(false);
  // Back by itself, with what was typed, and saved.
  await expect(page.getByTestId("desk-unavailable")).toHaveCount(0);
  await expect(editor.body()).toHaveText("Typed before the cut. And after Save.");
  await expect(page.getByTestId("save-state")).toHaveText(/^Saved at \d{2}:\d{2}$/);
  await page.unroute(articlePage);

  // Item 8: a picture in the library (uploaded by someone, for no article) joins this article's photos from the picker.
  const upload = await page.request.post("/api/media", {
    headers: { origin: baseURL! },
    multipart: { file: { name: `bridge-${stamp}.jpg`, mimeType: "image/jpeg", buffer: await readFile(path.join(dir, `bridge-${stamp}.jpg`)) } },
  });
  expect(upload.status()).toBe(201);
  await editor.body().click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.getByRole("toolbar").getByRole("button", { name: "Image", exact: true }).click();
  const picker = page.getByTestId("photo-picker");
  await expect(picker.getByRole("region", { name: "This article's photos" })).toContainText("This article has no photos yet");
  await picker.getByRole("region", { name: "Photo library" }).getByRole("button", { name: `Insert: bridge-${stamp}.jpg` }).click();
  await expect(editor.body().locator("figure img")).toHaveAttribute("src", /^\/media\/[a-z0-9]+\/\d+$/);
  const panel = page.getByRole("region", { name: "Photos", exact: true });
  await expect(panel.getByTestId("photo-item")).toHaveCount(1);
  await expect(panel.getByTestId("photo-thumbnail")).toHaveAttribute("src", (await editor.body().locator("figure img").getAttribute("src"))!.replace(/\d+$/, "320"));
});

test("what editors and admins look at: the review queue's columns, My desk with 23 drafts, pages refused inside the desk, the admin tables on a phone, the audit log's words", async ({ as, server, baseURL }) => {
  test.setTimeout(120_000);
  // 23 drafts of one reporter, and one of them filed for review, all found by one word.
  const word = `${stamp}x`;
  const db = createDb(server.databaseUrl, { max: 2 });
  const reporter = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.reporter.email }, select: { id: true, role: true } });
  let filed = "";
  for (let i = 1; i <= 23; i++) {
    const saved = await createArticle(db, reporter, {
      kicker: null,
      headline: `${word} 草稿 ${i}`,
      subheadline: null,
      dateline: "本报讯",
      summary: null,
      body: i === 23 ? "开发区今天召开会议，部署冬季供暖工作。" : "正文。",
      contributors: [{ name: ACCOUNTS.reporter.name, role: "REPORTER", credit: "TEXT" }],
    });
    if (i === 23) filed = saved.id;
  }
  await db.$disconnect();
  await db.pool.end();

  // Item 15: My desk finds them by a word and shows ten at a time.
  const desk = await as("reporter");
  await desk.context().addCookies([{ name: "lang", value: "zh-CN", url: baseURL! }]);
  await desk.goto("/desk");
  await desk.getByLabel("搜索我的稿件").fill(word);
  await desk.getByRole("button", { name: "搜索", exact: true }).click();
  const drafts = desk.getByTestId("desk-drafts");
  await expect(drafts.getByTestId("count")).toHaveText("23");
  await expect(drafts.getByTestId("desk-item")).toHaveCount(10);
  await expect(drafts.getByTestId("page-of")).toHaveText("第 1 页，共 3 页");
  await drafts.getByRole("link", { name: "下一页" }).click();
  await expect(drafts.getByTestId("page-of")).toHaveText("第 2 页，共 3 页");
  await drafts.getByRole("link", { name: "下一页" }).click();
  await expect(drafts.getByTestId("page-of")).toHaveText("第 3 页，共 3 页");
  await expect(drafts.getByTestId("desk-item")).toHaveCount(3);
  await expect(drafts.getByRole("link", { name: `${word} 草稿 1`, exact: true })).toBeVisible();
  await desk.context().clearCookies({ name: "lang" });
  await desk.goto(`/desk/articles/${filed}`);
  await desk.getByRole("button", { name: "Submit for review" }).click();
  await expect(desk.getByTestId("status").first()).toHaveText("Submitted");

  // Item 11: a page someone may not open says so, inside the desk, in their language.
  await desk.goto("/desk/review");
  await expect(desk.getByTestId("desk-refused")).toContainText("The review queue is for editors, chief editors and admins.");
  await expect(desk.getByRole("navigation", { name: "Newsroom" })).toBeVisible();
  await desk.goto("/zh-CN/desk/review");
  await expect(desk.getByTestId("desk-refused")).toContainText("你的角色：记者。");
  await desk.goto("/desk/articles/no-such-article");
  await expect(desk.getByTestId("desk-not-found")).toContainText("This page cannot be found");
  await expect(desk.getByRole("navigation", { name: "Newsroom" })).toBeVisible();
  await desk.context().close();

  // Item 15: the review queue says where each story runs, how long it is and how long it has waited.
  const editor = await as("editor", "/desk/review");
  const row = editor.getByTestId("review-queue").getByRole("row").filter({ hasText: `${word} 草稿 23` });
  await expect(row.getByTestId("review-section")).toHaveText("None yet");
  await expect(row.getByTestId("review-length")).toHaveText("17");
  await expect(row.getByTestId("review-waiting")).toHaveText(/^\d+ min$/);
  await editor.goto("/zh-CN/desk/review");
  await expect(editor.getByRole("columnheader", { name: "已等待" })).toBeVisible();
  await expect(editor.getByTestId("review-queue").getByRole("row").filter({ hasText: `${word} 草稿 23` }).getByTestId("review-section")).toHaveText("未定");
  await editor.context().close();

  const chief = await as("chief", "/desk/users");
  await expect(chief.getByTestId("desk-refused")).toContainText("Only an admin manages user accounts.");
  await chief.context().close();

  // Item 6: the admin's tables on a phone scroll inside their own box; the page does not.
  // Item 10: the audit log words the system's notes in the desk's language.
  const admin = await as("admin");
  await admin.setViewportSize(PHONE);
  for (const path of ["/zh-CN/desk/users", "/zh-CN/desk/audit?from=2021-11-02&to=2021-11-02"]) {
    await admin.goto(path);
    await expect(admin.getByRole("table")).toBeVisible();
    expect(await sideways(admin), path).toBeLessThanOrEqual(0);
  }
  const log = admin.getByTestId("audit-log");
  await expect(log.getByText("从版面导入").first()).toBeVisible();
  await expect(log.getByText("按见报原样归档发布").first()).toBeVisible();
  await expect(log).not.toContainText("imported");
  await expect(log).not.toContainText("archive import");
  await admin.goto("/desk/audit?from=2021-11-02&to=2021-11-02");
  await expect(admin.getByTestId("audit-log").getByText("Archived as printed").first()).toBeVisible();
});

import type { Page } from "@playwright/test";
import { expect, test } from "@/lib/testing/browser/fixtures";

// The import desk: an editor pastes a page, corrects the proposals and
// creates drafts; only a chief editor may publish a page into its edition,
// and then readers see it on the front page.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const FRAGMENT = "进而确保全年目标。";

/** A small page: two stories with bylines, and a stray line the importer cannot place. */
function pageText(tag: string) {
  const headlines = [`开发区新建三座口袋公园 ${tag}`, `开发区部署冬季安全生产工作 ${tag}`];
  const text = `## ${headlines[0]}

**本报讯** (记者 郭坤)11月1日,开发区宣布今年新建三座口袋公园,总面积约一万平方米。

三座公园分别位于太昊路、黄河路和工农路,将于年底前全部向市民开放。

## ${headlines[1]}

**本报讯** (记者 郭坤)11月2日,开发区召开安全生产工作会议,部署冬季安全生产工作。

会议要求,各部门要压实责任,开展隐患排查,确保不发生安全事故。

${FRAGMENT}
`;
  return { headlines, text };
}

async function analyse(page: Page, text: string) {
  await page.getByLabel("Page text").fill(text);
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Proposed articles: 2. Unassigned fragments: 1." })).toBeVisible();
}

const article = (page: Page, n: number) => page.getByRole("region", { name: `Article ${n}`, exact: true });

test("an editor imports a page, corrects it and creates drafts", async ({ as }) => {
  const { headlines, text } = pageText(`${stamp}d`);
  const page = await as("editor", "/desk");
  await page.getByRole("link", { name: "Import page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a page" })).toBeVisible();
  await analyse(page, text);

  await expect(article(page, 1).getByLabel("Headline", { exact: true })).toHaveValue(headlines[0]!);
  await expect(article(page, 2).getByLabel("Headline", { exact: true })).toHaveValue(headlines[1]!);
  const edited = `${headlines[0]}（更新）`;
  await article(page, 1).getByLabel("Headline", { exact: true }).fill(edited);

  const fragments = page.getByRole("region", { name: "Unassigned fragments" });
  await expect(fragments.getByText(FRAGMENT)).toBeVisible();
  await fragments.getByLabel("Move to article").selectOption({ index: 1 });
  await fragments.getByRole("button", { name: "Move" }).click();
  await expect(fragments).toHaveCount(0);
  await expect(article(page, 2).getByLabel("Body", { exact: true })).toHaveValue(new RegExp(`${FRAGMENT}$`));

  await page.getByRole("button", { name: "Create drafts" }).click();
  await expect(page).toHaveURL(/\/desk\?imported=2$/);
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 articles as drafts." })).toBeVisible();
  await expect(page.getByRole("link", { name: edited })).toBeVisible();
  await expect(page.getByRole("link", { name: headlines[1]! })).toBeVisible();
  await page.context().close();
});

/** Two pages in one paste: on each, one story the importer had to guess at. */
function twoPages(tag: string) {
  const headlines = [`城际铁路正式开通 ${tag}`, `外贸进出口稳步增长${tag}`, `图书馆延长开放时间 ${tag}`, `老城区改造启动 ${tag}`];
  const text = `第01版 要闻

# ${headlines[0]}

本报讯（记者 孙明）6月5日，连接我市与省城的城际铁路正式开通运营。

首日共开行列车24对。

${headlines[1]}

（王小明 记者 郑浩）

前5个月，全市外贸进出口总额达126亿元。

第02版 社会

# ${headlines[2]}

本报讯（记者 何琳）从6月10日起，市图书馆开放时间延长至每晚9点。

图书馆还将开设暑期少儿阅读班。

进而满足读者需求。

# ${headlines[3]}

本报讯（记者 杜娟）老城区改造工程近日启动。
`;
  return { headlines, text };
}

test("an editor pastes two pages, checks what was guessed first, and creates the drafts", async ({ as, baseURL }) => {
  // Digits only: the Chinese desk below must show no Latin letter at all.
  const { headlines, text } = twoPages(String(Date.now()).slice(-7));
  const page = await as("editor", "/desk/import");
  await page.getByLabel("Page text").fill(text);
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pages: 2. Proposed articles: 4. Unassigned fragments: 1. Needing a look: 2, shown first on each page." })).toBeVisible();

  // Page by page, each as its header names it; on page 1 the story with a
  // guessed headline and byline comes first, keeping its number on the page.
  const page1 = page.getByRole("region", { name: "Page 1: 要闻" });
  const page2 = page.getByRole("region", { name: "Page 2: 社会" });
  await expect(page1.getByText("Articles: 2. Needing a look: 1.")).toBeVisible();
  await expect(page1.getByRole("heading", { level: 4 })).toHaveText(["Article 2", "Article 1"]);
  const trade = page1.getByRole("region", { name: "Article 2", exact: true });
  const rail = page1.getByRole("region", { name: "Article 1", exact: true });
  await expect(trade.getByText("Needs a look", { exact: true })).toBeVisible();
  await expect(rail.getByText("Needs a look", { exact: true })).toHaveCount(0);

  // Each field says whether it was read from a mark on the page or guessed, and why.
  await expect(trade.getByLabel("Headline", { exact: true })).toHaveValue(headlines[1]!);
  await expect(trade.getByLabel("Headline", { exact: true })).toHaveAccessibleDescription("Guessed A short line directly above the dateline or byline.");
  await expect(trade.getByLabel("Dateline", { exact: true })).toHaveAccessibleDescription("Read A byline without a dateline.");
  await expect(trade.getByRole("group", { name: "Contributors" }).getByText("Guessed Named before the first role word: correspondent assumed.")).toBeVisible();
  await expect(trade.getByRole("listitem").filter({ hasText: "Headline guessed from the shape of a short line (no # mark)." })).toBeVisible();
  await expect(rail.getByLabel("Headline", { exact: true })).toHaveAccessibleDescription("Read From a # heading line.");
  await expect(rail.getByLabel("Body", { exact: true })).toHaveAccessibleDescription(/^Read The text under the dateline or byline\./);
  // The guess as proposed: the name printed before the role word is a correspondent.
  await expect(trade.getByLabel("Name").first()).toHaveValue("王小明");
  await expect(trade.getByLabel("Role").first()).toHaveValue("CORRESPONDENT");

  // Page 2: its own stories and the fragment cut from its first one.
  await expect(page2.getByRole("heading", { level: 4 })).toHaveText(["Article 1", "Article 2", "Unassigned fragments"]);
  await expect(page2.getByRole("region", { name: "Article 1", exact: true }).getByLabel("Headline", { exact: true })).toHaveValue(headlines[2]!);
  await expect(page2.getByRole("region", { name: "Article 1", exact: true }).getByLabel("Body", { exact: true })).toHaveAccessibleDescription(/^Guessed Some text was moved/);
  await expect(page2.getByRole("region", { name: "Unassigned fragments" }).getByText("Opens with a connective that continues a sentence from elsewhere.")).toBeVisible();

  await page.getByRole("button", { name: "Create drafts" }).click();
  await expect(page).toHaveURL(/\/desk\?imported=4$/);
  await expect(page.getByRole("status").filter({ hasText: "Imported 4 articles as drafts." })).toBeVisible();
  for (const headline of headlines) await expect(page.getByRole("link", { name: headline })).toBeVisible();

  // The Chinese desk: marks, notes and reasons all in Chinese, no English left.
  await page.context().addCookies([{ name: "lang", value: "zh-CN", url: baseURL! }]);
  await page.goto("/desk/import");
  await page.getByLabel("版面文字").fill(text);
  await page.getByRole("button", { name: "分析" }).click();
  await expect(page.getByRole("status").filter({ hasText: "共 2 个版面。拆分出 4 篇稿件，1 段未归属文字。2 篇需要核对，已排在各版前面。" })).toBeVisible();
  const proposals = page.getByRole("region", { name: "拆分结果" });
  await expect(proposals.getByRole("region", { name: "第1版 要闻" }).getByRole("region", { name: "稿件 2", exact: true }).getByLabel("主题", { exact: true })).toHaveAccessibleDescription("推测 电头或署名正上方的短行。");
  await expect(proposals.getByText("排在第一个身份词之前的署名，暂按通讯员处理。").first()).toBeVisible();
  expect(await proposals.innerText()).not.toMatch(/[A-Za-z]/);
  await page.context().close();
});

test("an editor is not offered Publish as edition", async ({ as }) => {
  const page = await as("editor", "/desk/import");
  await analyse(page, pageText(`${stamp}e`).text);
  await expect(page.getByRole("button", { name: "Create drafts" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish as edition" })).toHaveCount(0);
  await page.context().close();
});

test("a reporter has no import desk", async ({ as }) => {
  const page = await as("reporter", "/desk");
  await expect(page.getByRole("link", { name: "Import page" })).toHaveCount(0);
  await page.goto("/desk/import");
  await expect(page.getByTestId("desk-refused")).toContainText("Importing pages is for editors and above.");
  await page.context().close();
});

test("empty text gets a clear message and creates nothing", async ({ as }) => {
  const page = await as("editor", "/desk/import");
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Paste the page text or choose a text file first." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create drafts" })).toHaveCount(0);
  await page.context().close();
});

test("a chief editor publishes the page as an edition and readers see it", async ({ page: reader, as }) => {
  const { headlines, text } = pageText(`${stamp}p`);
  const page = await as("chief", "/desk/import");
  await page.getByLabel("Edition date").fill("2021-11-03");
  await analyse(page, text);

  await page.getByLabel("Page number").fill("4");
  await page.getByLabel("Page name").fill("社会");
  await page.getByLabel("Section", { exact: true }).selectOption({ label: "Society" });
  await page.getByRole("button", { name: "Publish as edition" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published 2 articles in the edition of 2021-11-03, page 4." })).toBeVisible();
  await page.context().close();

  await reader.goto("/");
  await expect(reader.getByRole("link", { name: headlines[0]! }).first()).toBeVisible();
});

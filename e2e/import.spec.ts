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
  const response = await page.goto("/desk/import");
  expect(response?.status()).toBe(404);
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

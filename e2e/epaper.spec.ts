import { createRequire } from "node:module";
import pg from "pg";
import { storageState } from "@/lib/testing/browser/accounts";
import { expect, test } from "@/lib/testing/browser/fixtures";

// 数字报: the chief editor re-uploads the demo's 第03版 (after a refusal),
// gets its stories' regions proposed and adjusts them by keyboard and mouse;
// then a reader without JavaScript pages through the printed edition.
// A server of its own: a story moves to a new 第04版, which every page's
// masthead shows.
test.use({ ownServer: "epaper" });
test.describe.configure({ mode: "serial" });

const DATE = "2021-11-02";
const BRIEF = "开发区预算一体化平台培训班开班";
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

test.beforeAll(async ({ server }) => {
  // As the desk re-places a story: the brief runs on a page of its own (no page image yet).
  await query(server.databaseUrl, `UPDATE "Article" SET "pageNumber" = 4, "pageName" = '要闻' WHERE headline = $1`, [BRIEF]);
});

test("the chief editor uploads 第03版, gets its stories' regions and adjusts them by keyboard and mouse", async ({ browser, request, server }) => {
  const context = await browser.newContext({ baseURL: server.base, storageState: storageState("chief"), bypassCSP: true });
  const page = await context.newPage();
  await page.goto("/desk/editions");
  await expect(page.getByRole("row", { name: /Page 4 · 要闻 1 Not uploaded/ })).toBeVisible();
  await page.getByRole("link", { name: "Page 3 · 开发区" }).click();
  const regionButtons = page.getByRole("button", { name: /^Region \d+:/ });
  await expect(regionButtons).toHaveCount(8);

  // The file the layout system exported: the page's own PDF, as readers download it.
  const pdfHref = (await page.goto(`/editions/${DATE}/pages/3`), await page.getByRole("link", { name: "Download this page (PDF)" }).getAttribute("href"))!;
  const pdf = await (await request.get(pdfHref)).body();
  await page.goto(`/desk/editions/${DATE}/pages/3`);

  const upload = page.getByRole("form", { name: "Upload the page" });
  await upload.getByLabel("Page file").setInputFiles({ name: "page.pdf", mimeType: "application/pdf", buffer: Buffer.from("a text file called page.pdf\n") });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(upload.getByRole("status")).toHaveText("Upload a PDF, or a JPEG or PNG scan; this file is none of those.");
  await expect(regionButtons).toHaveCount(8);

  await upload.getByLabel("Page file").setInputFiles({ name: "0302.pdf", mimeType: "application/pdf", buffer: pdf });
  await upload.getByRole("button", { name: "Upload" }).click();
  // The brief is on 第04版 now: seven stories of this page, each found.
  await expect(upload.getByRole("status")).toHaveText("Uploaded 1 page(s): 7 stories found, 0 not found.");
  await expect(regionButtons).toHaveCount(7);

  // Keyboard: move the lead's region right, make it taller, remove the last region.
  const lead = page.getByRole("button", { name: "Region 1: 把会议精神转化为强大工作动力" });
  const before = await lead.evaluate((el) => ({ left: parseFloat(el.style.left), height: parseFloat(el.style.height) }));
  await lead.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowDown");
  expect(await lead.evaluate((el) => ({ left: parseFloat(el.style.left), height: parseFloat(el.style.height) }))).toEqual({ left: before.left + 2, height: before.height + 1 });
  const last = regionButtons.nth(6);
  const lastStory = (await last.getAttribute("aria-label"))!.replace(/^Region 7: /, "");
  await last.focus();
  await page.keyboard.press("Delete");
  await expect(regionButtons).toHaveCount(6);
  await expect(page.getByText("There are unsaved changes.")).toBeVisible();

  // A new region by keyboard, linked to the story that lost its own.
  await page.getByRole("button", { name: "Add a region" }).press("Enter");
  await expect(page.getByRole("button", { name: "Region 7: Not linked" })).toBeFocused();
  await page.keyboard.press("Shift+ArrowRight");
  await page.getByLabel("Region 7 · Links to").selectOption({ label: `${lastStory}（Published）` });
  await expect(page.getByRole("button", { name: `Region 7: ${lastStory}` })).toBeVisible();

  // Mouse: draw a region over the page's head, then remove it again.
  const image = page.getByRole("img", { name: "Page 3 · 开发区, the printed page" });
  await image.evaluate((element) => element.scrollIntoView({ block: "start" }));
  const box = (await image.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.01);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.04, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByRole("button", { name: "Region 8: Not linked" })).toBeFocused();
  await page.getByRole("button", { name: "Remove Region 8" }).click();

  await page.getByRole("button", { name: "Save regions" }).click();
  await expect(page.getByText("Saved 7 region(s).")).toBeVisible();
  await page.reload();
  await expect(regionButtons).toHaveCount(7);
  // Numbered from the top of the page now; the new region is the story's.
  const names = await regionButtons.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label")!.replace(/^Region \d+: /, "")));
  expect(names).toContain(lastStory);
  expect(names).not.toContain("Not linked");

  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run(document)).violations.map((v) => v.id);
  });
  expect(violations).toEqual([]);
  await context.close();
});

test("a reader without JavaScript pages through the printed edition and goes from a page to its stories and back", async ({ browser, request, server }) => {
  const context = await browser.newContext({ baseURL: server.base, javaScriptEnabled: false });
  const page = await context.newPage();
  const linked = await query<{ headline: string }>(
    server.databaseUrl,
    `SELECT a.headline FROM "PageRegion" r JOIN "EditionPage" p ON p.id = r."pageId" JOIN "Article" a ON a.id = r."articleId"
      WHERE p."editionDate" = $1 AND p.number = 3 AND a.status = 'PUBLISHED'`,
    [DATE],
  );
  expect(linked.length).toBeGreaterThanOrEqual(7);

  // The edition shows its printed pages; the thumbnail leads to the page.
  await page.goto(`/editions/${DATE}`);
  await page.getByRole("navigation", { name: "Digital edition" }).getByRole("link", { name: "Page 3 · 开发区" }).click();
  await expect(page).toHaveURL(new RegExp(`/editions/${DATE}/pages/3$`));

  const printed = page.getByTestId("printed-page");
  await expect(printed.getByRole("img", { name: "Page 3 · 开发区, the printed page" })).toBeVisible();
  expect(await printed.getByRole("img").evaluate((img: HTMLImageElement) => img.srcset.split(", ").map((s) => s.split(" ")[1]))).toEqual(["600w", "800w", "1200w", "2400w"]);
  // Each region is a real link, named by its story's headline.
  await expect(printed.getByRole("link")).toHaveCount(linked.length);
  for (const { headline } of linked) await expect(printed.getByRole("link", { name: headline, exact: true })).toHaveAttribute("href", /^\/articles\//);
  const list = page.getByRole("region", { name: "Stories on this page" });
  await expect(list.getByRole("link")).toHaveCount(7);
  await expect(list.getByRole("link", { name: BRIEF })).toHaveCount(0);

  // The PDF to download; the page at full size.
  const pdf = await request.get((await page.getByRole("link", { name: "Download this page (PDF)" }).getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await request.get((await page.getByRole("link", { name: "View full size" }).getAttribute("href"))!)).headers()["content-type"]).toBe("image/webp");

  // The day's pages: this one current, the next without a page image, its story listed.
  const pages = page.getByRole("navigation", { name: "The day's pages" });
  await expect(pages.getByRole("link")).toHaveCount(2);
  await expect(pages.getByRole("link", { name: "Page 3 · 开发区" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("navigation", { name: "Page through" }).getByRole("link", { name: /Next page/ }).click();
  await expect(page).toHaveURL(new RegExp(`/editions/${DATE}/pages/4$`));
  await expect(page.getByText("No image of this page yet; its stories are listed below.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Stories on this page" }).getByRole("link", { name: BRIEF })).toBeVisible();
  await page.getByRole("navigation", { name: "Page through" }).getByRole("link", { name: /Previous page/ }).click();
  await expect(page).toHaveURL(new RegExp(`/editions/${DATE}/pages/3$`));

  // A page the day does not have is a 404 page.
  expect((await page.goto(`/editions/${DATE}/pages/9`))!.status()).toBe(404);
  expect((await page.goto(`/editions/${DATE}/pages/03`))!.status()).toBe(404);

  // From the page to a story, and from the story back to the page it was printed on.
  await page.goto(`/editions/${DATE}/pages/3`);
  await printed.getByRole("link", { name: "把会议精神转化为强大工作动力" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("把会议精神转化为强大工作动力");
  const printedOn = page.getByRole("complementary", { name: "In print" });
  // The page image beside the words (decorative: the link says where it goes).
  await expect(printedOn.locator("img")).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, string>;
  expect(jsonLd).toMatchObject({ printEdition: DATE, printPage: "3", printSection: "开发区" });
  await printedOn.getByRole("link", { name: "Printed on page 3" }).click();
  await expect(page).toHaveURL(new RegExp(`/editions/${DATE}/pages/3$`));
  await context.close();
});

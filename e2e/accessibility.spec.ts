import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import { expect, test } from "@/lib/testing/browser/fixtures";

// @axe-core/playwright wants Node 22; injecting axe-core itself works on 20.
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

// Reader pages allow no script at all (lib/serving/content-security.ts); the
// checker is the test's own script, injected past the policy.
test.use({ bypassCSP: true });

async function violations(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

const READER_PAGES = ["/", "/sections/development-zone", "/editions/2021-11-02", "/editions/2021-11-02/pages/3", "/search?q=%E5%BC%80%E5%8F%91%E5%8C%BA", "/authors/guo-kun"];

for (const locale of ["zh-CN", "en"]) {
  test.describe(`axe on reader pages (${locale})`, () => {
    test.use({ locale });
    for (const path of READER_PAGES) {
      test(`no violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        expect(await violations(page)).toEqual([]);
      });
    }

    test("no violations on an article", async ({ page }) => {
      await page.goto("/sections/development-zone");
      // A full page load, as a reader arriving from a search engine gets it.
      const href = await page.getByRole("main").getByRole("link").first().getAttribute("href");
      await page.goto(href!);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test("no violations on the login page", async ({ page }) => {
  await page.goto("/login");
  expect(await violations(page)).toEqual([]);
});

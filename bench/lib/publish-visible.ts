// Publish → visible: a chief clicks "Approve and publish" in Chromium; from
// that click we poll the front page through the nginx stack every 20 ms
// until the headline is on it. The click-to-visible time includes the
// publish action itself, so it is an upper bound on what readers wait.
import { chromium, type Browser } from "@playwright/test";
import { ACCOUNTS, PASSWORD } from "@/lib/testing/browser/accounts";
import { submitNewDraft } from "@/lib/testing/browser/pages";

const LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function measurePublishToVisible(readerBase: string, deskBase: string, trials: number) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: LAUNCH_ARGS });
  const samplesMs: number[] = [];
  try {
    const reporter = await signedIn(browser, deskBase, ACCOUNTS.reporter.email);
    const chief = await signedIn(browser, deskBase, ACCOUNTS.chief.email);
    for (let trial = 0; trial < trials; trial++) {
      const headline = `开发区快讯 ${Date.now().toString(36)}`;
      const id = await submitNewDraft(reporter, { headline, body: "开发区管委会今天发布消息。" }, deskBase);

      await chief.goto(`${deskBase}/desk/articles/${id}`);
      await chief.getByLabel("Section").selectOption({ label: "Development Zone" });
      await chief.getByLabel("Placement").selectOption({ label: "Lead" });
      const visible = frontPageShows(readerBase, headline);
      const clicked = Date.now();
      await chief.getByRole("button", { name: "Approve and publish" }).click();
      samplesMs.push((await visible) - clicked);
    }
  } finally {
    await browser.close();
  }
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { samplesMs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? NaN, maxMs: sorted.at(-1) ?? NaN };
}

async function signedIn(browser: Browser, base: string, email: string) {
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/desk/);
  return page;
}

/** Resolves with the time the headline first appears on the front page. */
async function frontPageShows(base: string, headline: string): Promise<number> {
  for (;;) {
    const html = await (await fetch(`${base}/`, { headers: { "accept-language": "zh-CN" } })).text();
    if (html.includes(headline)) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

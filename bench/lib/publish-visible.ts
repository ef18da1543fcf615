// Publish → visible: a chief clicks "Approve and publish" in Chromium; from
// that click we poll the front page at each reader address every 20 ms
// until the headline is on it. The click-to-visible time includes the
// publish action itself, so it is an upper bound on what readers wait.
import { chromium, type Browser } from "@playwright/test";
import { ACCOUNTS, PASSWORD } from "@/lib/testing/browser/accounts";
import { submitNewDraft } from "@/lib/testing/browser/pages";

const LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
// A story not visible after this long counts as a failure, not a long wait.
const GIVE_UP_MS = 15_000;

export async function measurePublishToVisible(readerBase: string, deskBase: string, trials: number) {
  const { reader } = await measurePublishToVisibleAt(deskBase, { reader: readerBase }, trials);
  return reader!;
}

/** Publishes `trials` stories through deskBase; for each reader address, the click-to-visible times. */
export async function measurePublishToVisibleAt(deskBase: string, readers: Record<string, string>, trials: number) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: LAUNCH_ARGS });
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(readers).map((name) => [name, []]));
  try {
    const reporter = await signedIn(browser, deskBase, ACCOUNTS.reporter.email);
    const chief = await signedIn(browser, deskBase, ACCOUNTS.chief.email);
    for (let trial = 0; trial < trials; trial++) {
      const headline = `开发区快讯 ${Date.now().toString(36)}`;
      const id = await submitNewDraft(reporter, { headline, body: "开发区管委会今天发布消息。" }, deskBase);

      await chief.goto(`${deskBase}/desk/articles/${id}`);
      await chief.getByLabel("Section").selectOption({ label: "Development Zone" });
      await chief.getByLabel("Placement").selectOption({ label: "Lead" });
      const visible = Object.entries(readers).map(async ([name, base]) => [name, await frontPageShows(base, headline)] as const);
      const clicked = Date.now();
      await chief.getByRole("button", { name: "Approve and publish" }).click();
      for (const [name, at] of await Promise.all(visible)) samples[name]!.push(at - clicked);
    }
  } finally {
    await browser.close();
  }
  return Object.fromEntries(Object.entries(samples).map(([name, samplesMs]) => [name, summarize(samplesMs)]));
}

function summarize(samplesMs: number[]) {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? NaN;
  return { samplesMs, medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1) ?? NaN };
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
  const deadline = Date.now() + GIVE_UP_MS;
  for (;;) {
    const html = await (await fetch(`${base}/`, { headers: { "accept-language": "zh-CN" } })).text();
    if (html.includes(headline)) return Date.now();
    if (Date.now() > deadline) throw new Error(`"${headline}" not on ${base}/ after ${GIVE_UP_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

import type { Page } from "@playwright/test";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { storageState } from "@/lib/testing/browser/accounts";

// Every response carries the browser-side defences (docs/decisions/0019).
const READER_PAGES = ["/", "/sections/development-zone", "/editions/2021-11-02", "/search?q=%E5%BC%80%E5%8F%91%E5%8C%BA", "/corrections"];

test("reader pages: a policy that runs no script, no sniffing, no framing, HSTS", async ({ request }) => {
  for (const path of READER_PAGES) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("script-src 'none'");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["strict-transport-security"], path).toMatch(/max-age=\d{7,}/);
  }
});

test("a reader page ships no script, and the browser refuses one slipped into it", async ({ page }) => {
  await page.goto("/");
  const scripts = await page.locator("script:not([type='application/ld+json'])").count();
  expect(scripts).toBe(0);
  const ran = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as { __injected?: boolean }).__injected ?? false;
  });
  expect(ran).toBe(false);
  expect(await injectedHandlerRan(page)).toBe(false);
});

test.describe("the desk", () => {
  test.use({ storageState: storageState("editor") });

  test("every response has its own nonce, on every script, and only those run", async ({ page, request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const policy = (await request.get("/desk")).headers()["content-security-policy"] ?? "";
      expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
      expect(policy).not.toContain("unsafe-inline'; script");
      nonces.add(policy.match(/'nonce-([^']+)'/)![1]!);
    }
    expect(nonces.size).toBe(3);

    // Every script tag in the HTML as sent carries the response's nonce
    // (the chunks React adds later are trusted through 'strict-dynamic').
    const response = await page.goto("/desk");
    const nonce = response!.headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)![1];
    const tags = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
    // Markup that slipped into the page cannot run script: an inline event
    // handler has no nonce. (A script element made by an already-trusted
    // script may run: that is what 'strict-dynamic' means.)
    expect(await injectedHandlerRan(page)).toBe(false);
  });
});

async function injectedHandlerRan(page: Page) {
  return page.evaluate(async () => {
    const holder = document.createElement("div");
    holder.innerHTML = '<img src="/no-such-picture.png" onerror="window.__injected = true">';
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return (window as unknown as { __injected?: boolean }).__injected ?? false;
  });
}

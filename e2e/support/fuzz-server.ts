// The fuzz battery's sign-ins and its reading of the server's log.
import { readFileSync } from "node:fs";
import { expect, type Browser } from "@playwright/test";
import { PASSWORD } from "@/lib/testing/browser/accounts";

export { logOffset } from "@/lib/testing/browser/servers";

/** Signs in through the login form and returns the session cookie as a Cookie header. */
export async function sessionCookie(browser: Browser, base: string, email: string): Promise<string> {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Generous: the password hash takes its time on a busy machine.
  await expect(page).toHaveURL(/\/desk$/, { timeout: 60_000 });
  const cookies = await context.cookies();
  await context.close();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Unhandled rejections and uncaught exceptions the server logged since `offset`. */
export function crashesInLog(path: string, offset: number): string[] {
  const text = readFileSync(path).subarray(offset).toString("utf8");
  return text.split("\n").filter((line) => /unhandled ?rejection|uncaught ?exception|uncaughtException|unhandledRejection/i.test(line));
}

import type { Browser, Page } from "@playwright/test";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { query } from "./support/fuzz-fixtures";

// The per-address sign-in limit against a newsroom behind one NAT address
// (docs/decisions/0032): browsers that signed in before keep working while
// someone in the building guesses, and an admin can release the address.
// Each test signs in from an address of its own (X-Forwarded-For from the
// loopback, which the app trusts as a proxy), so its failures refuse nobody
// else on the shared server.
const PASSWORD = "newsroom-password-1";
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const addressOf = () => `198.18.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
const THROTTLED = "Too many failed sign-ins. Try again in 15 minutes.";

async function browserAt(browser: Browser, address: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  return context.newPage();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function createPerson(admin: Page) {
  const person = { email: `nat.${unique()}@copydesk.test`, name: `NAT ${unique()}` };
  const form = admin.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Name").fill(person.name);
  await form.getByLabel("Password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toHaveText(`Created ${person.name}.`);
  return person;
}

test("20 failures from one address refuse a fresh browser there, not one that signed in before", async ({ browser, as }) => {
  const address = addressOf();
  const person = await createPerson(await as("admin", "/desk/users"));

  // The person's own browser signs in once, then its session ends; the device cookie stays.
  const known = await browserAt(browser, address);
  await signIn(known, person.email, PASSWORD);
  await expect(known).toHaveURL(/\/desk$/);
  const device = (await known.context().cookies()).find((cookie) => cookie.name === "copydesk-device");
  expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  expect(device!.expires * 1000).toBeGreaterThan(Date.now() + 300 * 24 * 3600_000);
  await known.context().clearCookies({ name: /^authjs\./ });

  // Someone else in the building guesses at 20 accounts.
  const guesser = await browserAt(browser, address);
  for (let i = 0; i < 20; i++) {
    await signIn(guesser, `guess.${i}.${unique()}@copydesk.test`, `wrong-guess-${i}`);
    await expect(guesser.getByText(i < 19 ? "Wrong email or password." : THROTTLED)).toBeVisible();
  }

  // A browser new to the account is refused, right password and all.
  const fresh = await browserAt(browser, address);
  await signIn(fresh, person.email, PASSWORD);
  await expect(fresh.getByText(THROTTLED)).toBeVisible();

  // The person's own browser still signs in.
  await signIn(known, person.email, PASSWORD);
  await expect(known).toHaveURL(/\/desk$/);

  // Its cookie is for that account only: another account's right password is refused from it.
  await known.context().clearCookies({ name: /^authjs\./ });
  await signIn(known, "editor@copydesk.test", "copydesk-demo");
  await expect(known.getByText(THROTTLED)).toBeVisible();
  for (const page of [known, guesser, fresh]) await page.context().close();
});

test("an admin sees a refused address and releases it, in English and in Chinese", async ({ browser, as, server }) => {
  const address = addressOf();
  const admin = await as("admin", "/desk/users");
  const person = await createPerson(admin);
  // Twenty failures from the address, as the sign-in records them (the test above makes them through the form).
  for (let i = 0; i < 20; i++) {
    await query(server.databaseUrl, `INSERT INTO "AuditEvent" (id, action, email, address, detail) VALUES ($1, 'SIGN_IN_REFUSED', $2, $3, '{"reason":"unknown","counted":true}')`, [
      `e2e-${unique()}-${i}`,
      `guess.${i}@copydesk.test`,
      address,
    ]);
  }
  const fresh = await browserAt(browser, address);
  await signIn(fresh, person.email, PASSWORD);
  await expect(fresh.getByText(THROTTLED)).toBeVisible();

  await admin.reload();
  const section = admin.getByRole("region", { name: "Addresses refused by the sign-in limit" });
  const row = section.getByRole("row").filter({ hasText: address });
  await expect(row).toContainText("Refused until");
  await row.getByRole("button", { name: "Release" }).click();
  await expect(section.getByRole("status").filter({ hasText: `Released; sign-ins from ${address} are accepted again.` })).toBeVisible();
  await expect(section.getByRole("row").filter({ hasText: address })).toHaveCount(0);

  await signIn(fresh, person.email, PASSWORD);
  await expect(fresh).toHaveURL(/\/desk$/);

  // The audit log keeps who released which address.
  await admin.goto("/desk/audit");
  await admin.getByLabel("Action").selectOption({ label: "Released an address" });
  await admin.getByRole("button", { name: "Filter" }).click();
  const entries = admin.getByTestId("audit-log").locator("tbody tr").filter({ hasText: address });
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText("管理员");

  // The same words in Chinese.
  await admin.getByRole("button", { name: "中文" }).click();
  await expect(admin.getByRole("heading", { name: "操作日志" })).toBeVisible();
  await admin.goto(`/desk/audit?action=ADDRESS_RELEASE`);
  await expect(admin.getByTestId("audit-log").locator("tbody tr").filter({ hasText: address }).getByTestId("audit-action")).toHaveText("放行地址");
  await admin.goto("/desk/users");
  // Other tests' addresses may be listed (the shared server); the released one is not.
  const zh = admin.getByRole("region", { name: "被登录限制拒绝的地址" });
  await expect(zh).toContainText("登录过的浏览器仍可登录");
  await expect(zh).not.toContainText(address);
  await fresh.context().close();
});

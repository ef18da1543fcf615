import type { Browser, Page } from "@playwright/test";
import { expect, test } from "@/lib/testing/browser/fixtures";

// A throwaway reporter of this spec's own (the demo accounts' sessions are
// shared by every spec), signing in from an address of its own: its wrong
// passwords count against that address, not against the address every other
// spec signs in from (lib/auth/throttle.ts).
const ADDRESS = "198.51.100.23";
const FIRST = "first-password-1";
const unique = () => Date.now().toString(36);

async function newsroomBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ADDRESS } });
  return context.newPage();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function changePassword(page: Page, current: string, next: string, again = next) {
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("New password again").fill(again);
  await page.getByRole("button", { name: "Change password" }).click();
}

test("an admin unlocks a locked account and resets a password; users change their own; the audit log shows it all", async ({ browser, as }) => {
  const admin = await as("admin", "/desk/users");
  const person = { email: `locked.out.${unique()}@copydesk.test`, name: `Locked Out ${unique()}` };
  const form = admin.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Name").fill(person.name);
  await form.getByLabel("Password").fill(FIRST);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toHaveText(`Created ${person.name}.`);
  const row = admin.getByRole("row").filter({ hasText: person.email });

  // Five wrong passwords lock the account; then even the right one is refused.
  const user = await newsroomBrowser(browser);
  for (let i = 0; i < 5; i++) {
    await signIn(user, person.email, `wrong-guess-${i}`);
    await expect(user.getByText(i < 4 ? "Wrong email or password." : "Too many failed sign-ins. Try again in 15 minutes.")).toBeVisible();
  }
  await signIn(user, person.email, FIRST);
  await expect(user.getByText("Too many failed sign-ins. Try again in 15 minutes.")).toBeVisible();

  // The admin sees the lock and lifts it; the right password works at once.
  await admin.reload();
  await expect(row.getByTestId("locked")).toContainText("Locked until");
  await row.getByRole("button", { name: "Unlock" }).click();
  await expect(row.getByRole("status").filter({ hasText: "Unlocked; they can sign in now." })).toBeVisible();
  await expect(row.getByTestId("locked")).toHaveCount(0);
  await signIn(user, person.email, FIRST);
  await expect(user).toHaveURL(/\/desk$/);

  // Their own password: the current one is the proof, the new one typed twice.
  await user.getByRole("link", { name: "My account" }).click();
  await changePassword(user, "not-my-password", "second-password-2");
  await expect(user.getByText("The current password is wrong; the password is unchanged.").first()).toBeVisible();
  await changePassword(user, FIRST, "second-password-2", "second-password-3");
  await expect(user.getByText("The two new passwords differ.")).toBeVisible();
  await changePassword(user, FIRST, "second-password-2");
  await expect(user).toHaveURL(/\/desk\/account\?changed=1$/);
  await expect(user.getByRole("status").filter({ hasText: "Password changed." })).toBeVisible();
  // Still signed in here, with the new password.
  await user.goto("/desk");
  await expect(user.getByTestId("current-user")).toHaveText(person.name);

  // A forgotten password: the admin resets it and reads out the temporary one, shown once.
  await row.getByRole("button", { name: "Reset password" }).click();
  await row.getByRole("button", { name: "Yes, reset" }).click();
  const shown = row.getByTestId("temporary-password");
  await expect(shown).toContainText("shown only this once");
  const temporary = (await shown.locator("code").textContent())!;
  expect(temporary).toMatch(/^\w{4}-\w{4}-\w{4}$/);
  await expect(row.getByTestId("account")).toContainText("Must set a new password");

  // Their open session has ended; the temporary password leads to setting a new one before anything else.
  await user.goto("/desk");
  await expect(user).toHaveURL(/\/login/);
  await signIn(user, person.email, temporary);
  await expect(user).toHaveURL(/\/desk\/account$/);
  await expect(user.getByTestId("must-change-password")).toContainText("Set a new password first");
  await user.goto("/desk/articles/new");
  await expect(user).toHaveURL(/\/desk\/account$/);
  await changePassword(user, temporary, "third-password-3");
  await expect(user).toHaveURL(/\/desk\/account\?changed=1$/);
  await user.goto("/desk/articles/new");
  await expect(user).toHaveURL(/\/desk\/articles\/new$/);
  await user.context().close();

  // A role change, for the log.
  await admin.reload();
  await row.getByLabel("Role").selectOption({ label: "Editor" });
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByTestId("role")).toHaveText("Editor");

  // The audit log: everything that happened to the account, with who did it and from where.
  await admin.goto("/desk/audit");
  await admin.getByLabel("Person").selectOption({ label: person.name });
  await admin.getByRole("button", { name: "Filter" }).click();
  const log = admin.getByTestId("audit-log");
  const entries = log.locator("tbody tr");
  const entry = (action: string) => entries.filter({ has: admin.getByTestId("audit-action").getByText(action, { exact: true }) });
  await expect(entry("Changed a role")).toContainText("Reporter → Editor");
  await expect(entry("Changed a role")).toContainText("管理员");
  await expect(entry("Reset a password")).toHaveCount(1);
  await expect(entry("Unlocked an account")).toHaveCount(1);
  await expect(entry("Changed their password")).toHaveCount(2);
  await expect(entry("Sign-in refused")).toHaveCount(7);
  await expect(entry("Sign-in refused").filter({ hasText: "too many attempts, refused" })).toHaveCount(1);
  await expect(entry("Sign-in refused").first()).toContainText(ADDRESS);
  // After the unlock, with the temporary password, and each time a password change signed this browser in again.
  await expect(entry("Signed in")).toHaveCount(4);
  // Filtered by the kind of act too, in the address so it can be shared.
  await admin.getByLabel("Action").selectOption({ label: "Reset a password" });
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin).toHaveURL(/action=PASSWORD_RESET/);
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText(person.name);

  // The same log in Chinese (the switcher brings the reader back to the path, without its filters).
  const filtered = admin.url();
  await admin.getByRole("button", { name: "中文" }).click();
  await expect(admin.getByRole("heading", { name: "操作日志" })).toBeVisible();
  await admin.goto(filtered);
  await expect(admin.getByTestId("audit-log").getByTestId("audit-action")).toHaveText("重置密码");
  await expect(admin.getByLabel("操作")).toHaveValue("PASSWORD_RESET");
});

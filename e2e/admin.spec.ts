import type { Browser, Page } from "@playwright/test";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { ACCOUNTS,  } from "@/lib/testing/browser/accounts";
import { signIn } from "@/lib/testing/browser/pages";

// Tests share one database: every user and section made here gets a unique
// name, and the demo accounts' roles are never touched. Signing out ends a
// user's sessions everywhere, so only users made here ever sign out.
const PASSWORD = "new-reporter-password";
const unique = () => Date.now().toString(36);

/** A browser with no one signed in. */
const signedOut = async (browser: Browser): Promise<Page> => (await browser.newContext()).newPage();

async function createReporter(admin: Page) {
  const id = unique();
  const person = { email: `new.reporter.${id}@copydesk.test`, name: `New Reporter ${id}` };
  await admin.goto("/desk/users");
  const form = admin.getByRole("form", { name: "New user" });
  // Upper case and spaces on purpose: the address is stored lower-cased and trimmed.
  await form.getByLabel("Email").fill(`  ${person.email.toUpperCase()} `);
  await form.getByLabel("Name").fill(person.name);
  await form.getByLabel("Role").selectOption({ label: "Reporter" });
  await form.getByLabel("Password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toHaveText(`Created ${person.name}.`);
  return person;
}

const userRow = (admin: Page, email: string) => admin.getByRole("row").filter({ hasText: email });

test("a new user signs in; a promotion shows at their next request; deactivation signs them out", async ({ browser, as }) => {
  const admin = await as("admin");
  const person = await createReporter(admin);
  await expect(userRow(admin, person.email).getByTestId("role")).toHaveText("Reporter");

  const user = await signedOut(browser);
  await signIn(user, person.email, PASSWORD);
  await expect(user).toHaveURL(/\/desk$/);
  await expect(user.getByTestId("current-user")).toHaveText(person.name);
  const reviewLink = user.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Review queue" });
  await expect(reviewLink).toHaveCount(0);

  const row = userRow(admin, person.email);
  await row.getByLabel("Role").selectOption({ label: "Editor" });
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByTestId("role")).toHaveText("Editor");
  await user.reload();
  await expect(reviewLink).toBeVisible();

  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByTestId("account")).toHaveText("Deactivated");
  await expect(row.getByRole("button", { name: "Reactivate" })).toBeVisible();
  await user.goto("/desk");
  await expect(user).toHaveURL(/\/login/);
  await signIn(user, person.email, PASSWORD);
  await expect(user.getByText("Wrong email or password.")).toBeVisible();

  await user.context().close();
  await admin.context().close();
});

test("a duplicate email and locking oneself out are refused with a clear message", async ({ as }) => {
  const admin = await as("admin");
  const person = await createReporter(admin);
  // A fresh form: the one that just created the user may still be resetting.
  await admin.reload();
  const form = admin.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Name").fill("Someone Else");
  await form.getByLabel("Password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toHaveText("An account with this email already exists; no user was created.");
  await expect(admin.getByRole("row").filter({ hasText: "Someone Else" })).toHaveCount(0);

  const own = userRow(admin, ACCOUNTS.admin.email);
  await own.getByRole("button", { name: "Deactivate" }).click();
  await expect(own.getByRole("status")).toHaveText("You cannot deactivate your own account or remove your own admin role.");
  await expect(own.getByTestId("account")).toHaveText("Active");
  await admin.context().close();
});

test("an admin creates, renames, moves and re-slugs a section; the old address redirects", async ({ page, request, as }) => {
  const admin = await as("admin");
  const id = unique();
  const [oldSlug, newSlug] = [`desk-test-${id}`, `desk-test-${id}-renamed`];
  await admin.goto("/desk/sections");
  const form = admin.getByRole("form", { name: "New section" });
  await form.getByLabel("Slug").fill(oldSlug);
  await form.getByLabel("Chinese name").fill(`测试${id}`);
  await form.getByLabel("English name").fill(`Test ${id}`);
  await form.getByRole("button", { name: "Create section" }).click();
  await expect(form.getByRole("status")).toHaveText("Section created.");

  const slugs = admin.locator("tbody").getByTestId("slug");
  const slugCell = (slug: string) => admin.getByTestId("slug").filter({ hasText: new RegExp(`^${slug}$`) });
  const row = admin.getByRole("row").filter({ has: slugCell(oldSlug) });
  await row.getByLabel("Chinese name").fill(`改名${id}`);
  await row.getByLabel("English name").fill(`Renamed ${id}`);
  await row.getByRole("button", { name: "Rename" }).click();
  await expect(row.getByRole("status")).toHaveText("Renamed.");

  const before = (await slugs.allTextContents()).indexOf(oldSlug);
  await row.getByRole("button", { name: "Move up" }).click();
  await expect(row.getByRole("status")).toHaveText("Order changed.");
  await expect.poll(async () => (await slugs.allTextContents()).indexOf(oldSlug)).toBe(before - 1);

  await row.getByLabel("Slug").fill(newSlug);
  await row.getByRole("button", { name: "Change slug" }).click();
  await expect(slugCell(newSlug)).toBeVisible();
  await expect(admin.getByRole("row").filter({ has: slugCell(newSlug) }).getByRole("status")).toHaveText(
    "Slug changed; the old address redirects to the new one.",
  );

  const response = await request.get(`/sections/${oldSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(new RegExp(`/sections/${newSlug}$`));
  await page.goto(`/sections/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/sections/${newSlug}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Renamed ${id}` })).toBeVisible();
  await admin.context().close();
});

test("an editor finds no administration pages, and is told whose they are, inside the desk", async ({ as }) => {
  const editor = await as("editor");
  const refusals = { "/desk/users": "Only an admin manages user accounts.", "/desk/sections": "Only an admin manages sections.", "/desk/audit": "Only an admin reads the audit log." };
  for (const [path, rule] of Object.entries(refusals)) {
    await editor.goto(path);
    await expect(editor.getByTestId("desk-refused"), path).toContainText(rule);
    await expect(editor.getByTestId("desk-refused")).toContainText("Your role: Editor.");
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText("You cannot open this page");
  }
  await editor.goto("/desk");
  const nav = editor.getByRole("navigation", { name: "Newsroom" });
  for (const name of ["Users", "Sections", "Audit log"]) await expect(nav.getByRole("link", { name, exact: true })).toHaveCount(0);
  await editor.context().close();
});

test("the audit log filters by person", async ({ as }) => {
  const admin = await as("admin");
  await admin.goto("/desk");
  await admin.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Audit log" }).click();
  await expect(admin).toHaveURL(/\/desk\/audit$/);
  // The demo chief imported the demo page, so there are entries of theirs.
  await admin.getByLabel("Person").selectOption({ label: ACCOUNTS.chief.name });
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin).toHaveURL(/person=/);
  const people = admin.getByTestId("audit-log").locator("tbody tr td:nth-child(2)");
  await expect(people.first()).toHaveText(ACCOUNTS.chief.name);
  expect(new Set(await people.allTextContents())).toEqual(new Set([ACCOUNTS.chief.name]));
  await expect(admin.getByTestId("audit-log").locator("tbody").getByRole("link").first()).toHaveAttribute("href", /\/desk\/articles\/[a-z0-9]+$/);
  await admin.context().close();
});

test("signing out ends the session on the server: the old cookie no longer reaches the desk", async ({ browser, as }) => {
  const admin = await as("admin");
  const person = await createReporter(admin);
  await admin.context().close();

  const user = await signedOut(browser);
  await signIn(user, person.email, PASSWORD);
  await expect(user).toHaveURL(/\/desk$/);
  const savedState = await user.context().storageState();
  await user.getByRole("button", { name: "Sign out" }).click();
  await expect(user).toHaveURL(/\/login/);
  await user.context().close();

  const replay = await browser.newContext({ storageState: savedState });
  const again = await replay.newPage();
  await again.goto("/desk");
  await expect(again).toHaveURL(/\/login/);
  await replay.close();
});

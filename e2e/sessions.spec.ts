import type { Browser, Page } from "@playwright/test";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { storageState } from "@/lib/testing/browser/accounts";
import { ArticleEditor, signIn, submitNewDraft } from "@/lib/testing/browser/pages";

// Sessions (issue #7 item 5) in the real browser: the cookie's flags, and a
// demotion, a deactivation and a sign-out biting at the very next request —
// including a server action or an autosave sent from a page that was opened
// before. Only users made here change role or sign out: signing out ends
// every session of that user, which would end the shared demo sessions.
const PASSWORD = "session-test-password";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

async function admin(browser: Browser): Promise<Page> {
  return (await browser.newContext({ storageState: storageState("admin") })).newPage();
}

async function createUser(page: Page, role: "Reporter" | "Editor") {
  const person = { email: `session.${unique()}@copydesk.test`, name: `Session ${unique()}` };
  await page.goto("/desk/users");
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Name").fill(person.name);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByLabel("Password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toHaveText(`Created ${person.name}.`);
  return person;
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/desk$/);
  return page;
}

const userRow = (page: Page, email: string) => page.getByRole("row").filter({ hasText: email });

test("the session cookie is HttpOnly and SameSite=Lax, and not readable by the page's scripts", async ({ browser }) => {
  const people = await admin(browser);
  const person = await createUser(people, "Reporter");
  await people.context().close();
  const page = await signedIn(browser, person.email);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  // This test server is plain http (SITE_URL unset): Secure would stop the
  // browser from sending it back. With an https SITE_URL it is Secure and
  // named __Secure-… (lib/auth/cookies.test.ts).
  expect(session?.secure).toBe(false);
  expect(session?.name).toBe("authjs.session-token");
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
  // Every other cookie Auth.js sets is HttpOnly too.
  for (const cookie of cookies.filter((c) => c.name.includes("authjs"))) expect(cookie.httpOnly, cookie.name).toBe(true);
  await page.context().close();
});

test("a demoted editor cannot approve from the page they already had open", async ({ browser }) => {
  test.setTimeout(120_000);
  // A submitted article, by the demo reporter.
  const reporter = await (await browser.newContext({ storageState: storageState("reporter") })).newPage();
  const id = await submitNewDraft(reporter, { headline: `降级测试 ${unique()}`, body: "降级后不能再批准。" });
  await reporter.context().close();

  const people = await admin(browser);
  const person = await createUser(people, "Editor");
  const editor = await signedIn(browser, person.email);
  await editor.goto(`/desk/articles/${id}`);
  await expect(editor.getByRole("button", { name: "Approve and publish" })).toBeVisible();
  await editor.getByLabel("Section").selectOption({ label: "Development Zone" });

  // Demoted while the page is open.
  const row = userRow(people, person.email);
  await row.getByLabel("Role").selectOption({ label: "Reporter" });
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByTestId("role")).toHaveText("Reporter");

  await editor.getByRole("button", { name: "Approve and publish" }).click();
  await expect(editor.getByText("Please sign in first.")).toBeVisible();
  // Nothing was published: readers still do not get it, and the desk says Submitted.
  const check = await (await browser.newContext({ storageState: storageState("editor") })).newPage();
  await check.goto(`/desk/articles/${id}`);
  await expect(check.getByTestId("status").first()).toHaveText("Submitted");
  const slug = (await check.getByTestId("slug").textContent()) ?? "";
  expect((await check.request.get(`/articles/${slug}`)).status()).toBe(404);
  await check.context().close();

  // Signed in again, they are a reporter: the button is gone.
  await signIn(editor, person.email, PASSWORD);
  await editor.goto(`/desk/articles/${id}`);
  await expect(editor.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  await editor.context().close();
  await people.context().close();
});

test("deactivation and sign-out end the session for the autosave route too: the old cookie saves nothing", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const people = await admin(browser);
  const leaving = await createUser(people, "Reporter");
  const staying = await createUser(people, "Reporter");

  for (const [person, end] of [
    [leaving, "deactivate"],
    [staying, "sign out"],
  ] as const) {
    const page = await signedIn(browser, person.email);
    await page.goto("/desk/articles/new");
    const editor = new ArticleEditor(page);
    await editor.fill({ headline: `会话测试 ${unique()}`, body: "原文。" });
    await editor.saveDraft();
    const id = await editor.articleId();
    const cookies = await page.context().storageState();

    if (end === "deactivate") {
      await people.goto("/desk/users");
      await userRow(people, person.email).getByRole("button", { name: "Deactivate" }).click();
      await expect(userRow(people, person.email).getByTestId("account")).toHaveText("Deactivated");
    } else {
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/login/);
    }

    // The cookie as it was before: replayed from another browser, it reaches nothing.
    const replay = await browser.newContext({ storageState: cookies });
    const fields = { headline: "被盗用的会话", kicker: null, subheadline: null, dateline: "本报讯", summary: null, body: "不应保存。", bodyJson: null, contributors: [{ name: "某人", role: "REPORTER", credit: "TEXT" }] };
    for (let version = 1; version <= 3; version++) {
      const response = await replay.request.post(`/api/articles/${id}/autosave`, { data: { ...fields, version }, headers: { origin } });
      expect(response.status(), `${end}: autosave over version ${version}`).toBe(401);
    }
    const again = await replay.newPage();
    await again.goto(`/desk/articles/${id}`);
    await expect(again).toHaveURL(/\/login/);
    await replay.close();
    await page.context().close();
  }
  await people.context().close();
});

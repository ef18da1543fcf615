import { expect, test as setup } from "@/lib/testing/browser/fixtures";
import { ACCOUNTS, storageState, type AccountName } from "@/lib/testing/browser/accounts";
import { signIn } from "@/lib/testing/browser/pages";

// Signing in is itself under test here: each role signs in through the form
// and lands on its desk; the saved sessions serve the other specs.
for (const role of Object.keys(ACCOUNTS) as AccountName[]) {
  setup(`${role} signs in`, async ({ page }) => {
    await signIn(page, ACCOUNTS[role].email);
    await expect(page).toHaveURL(/\/desk$/);
    await expect(page.getByTestId("current-user")).toHaveText(ACCOUNTS[role].name);
    await page.context().storageState({ path: storageState(role) });
  });
}

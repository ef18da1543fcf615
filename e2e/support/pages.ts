import { expect, type Page } from "@playwright/test";
import { PASSWORD } from "./accounts";

/** The login page, as a person uses it. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export interface DraftFields {
  kicker?: string;
  headline: string;
  subheadline?: string;
  dateline?: string;
  summary?: string;
  body: string;
  contributors?: { name: string; role: string; credit: string }[];
}

/** The article form in the desk. */
export class ArticleEditor {
  constructor(readonly page: Page) {}

  async fill(fields: DraftFields) {
    const { page } = this;
    if (fields.kicker !== undefined) await page.getByLabel("Kicker").fill(fields.kicker);
    await page.getByLabel("Headline", { exact: true }).fill(fields.headline);
    if (fields.subheadline !== undefined) await page.getByLabel("Subheadline").fill(fields.subheadline);
    if (fields.dateline !== undefined) await page.getByLabel("Dateline").fill(fields.dateline);
    if (fields.summary !== undefined) await page.getByLabel("Summary").fill(fields.summary);
    for (const [index, c] of (fields.contributors ?? []).entries()) {
      if (index > 0) await page.getByRole("button", { name: "Add contributor" }).click();
      await page.getByLabel("Name").nth(index).fill(c.name);
      await page.getByLabel("Role").nth(index).selectOption({ label: c.role });
      await page.getByLabel("Credit").nth(index).selectOption({ label: c.credit });
    }
    await page.getByLabel("Body").fill(fields.body);
  }

  async saveDraft() {
    await this.page.getByRole("button", { name: "Save draft" }).click();
  }

  status() {
    return this.page.getByTestId("status").first();
  }

  async articleId(): Promise<string> {
    await expect(this.page).toHaveURL(/\/desk\/articles\/(?!new)[a-z0-9]+$/);
    return this.page.url().split("/").at(-1)!;
  }
}

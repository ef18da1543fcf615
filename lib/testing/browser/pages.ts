import { expect, type Page } from "@playwright/test";
import { PASSWORD } from "@/lib/testing/browser/accounts";

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
    await this.fillBody(fields.body);
  }

  /** The rich-text body (a contenteditable labelled "Body"). */
  body() {
    return this.page.getByLabel("Body", { exact: true });
  }

  /**
   * Replaces the body as a person would type it: paragraphs (separated by a
   * blank line) with Enter between them, single line breaks with Shift+Enter.
   */
  async fillBody(text: string) {
    const { page } = this;
    // Only once the editor is live does typing reach it.
    await expect(this.body()).toHaveAttribute("contenteditable", "true");
    await this.body().click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Delete");
    // Back to a plain paragraph if the text began with a heading or a list.
    await page.keyboard.press("ControlOrMeta+Alt+0");
    for (const [i, paragraph] of text.split(/\n\s*\n/).entries()) {
      if (i > 0) await page.keyboard.press("Enter");
      for (const [j, line] of paragraph.split("\n").entries()) {
        if (j > 0) await page.keyboard.press("Shift+Enter");
        if (line) await page.keyboard.insertText(line);
      }
    }
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

/** A reporter's whole first step: a new draft, filled, saved and submitted for review. Returns its id. */
export async function submitNewDraft(page: Page, fields: DraftFields, baseUrl = ""): Promise<string> {
  await page.goto(`${baseUrl}/desk/articles/new`);
  const editor = new ArticleEditor(page);
  await editor.fill(fields);
  await editor.saveDraft();
  const id = await editor.articleId();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.status()).toHaveText("Submitted");
  return id;
}

import sharp from "sharp";
import type { APIRequestContext, Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { baseSlug } from "@/lib/users/slug";
import { storageState, type AccountName } from "@/lib/testing/browser/accounts";
import { ArticleEditor, submitNewDraft } from "@/lib/testing/browser/pages";
import { SIZES, TEST_SEED } from "@/lib/testing/size";
import { CANARY_HOST, CORPUS, chunks, everyFamily, joined, PAYLOADS, type Payload } from "./support/xss-corpus";

// Stored XSS (issue #7 item 3): the payload corpus is saved through every
// text field a person can type into — through the real form where it
// matters (title and body typed, HTML pasted into the editor), through the
// routes and forms the desk uses otherwise, and as raw hostile JSON sent
// straight to the save route — then every desk and reader page that shows
// it is opened in Chromium. Three canaries would catch a payload that ran:
// window.__xss(n), any dialog, any request to the canary host; a scan of the
// DOM catches markup that would run on a click or hover. Expected: none.
//
// The contexts bypass the Content-Security-Policy: this spec proves the
// escaping and sanitising alone, not the CSP behind them.
test.describe.configure({ mode: "serial" });
// The paper's name, stage names and sections carry payloads onto every page:
// a server of this spec's own keeps them off the other specs' pages.
test.use({ ownServer: "stored-xss" });

const stamp = Date.now().toString(36);
const HEAD = chunks(200); // headline, kicker, subheadline, photo credit, assignment titles
const DATELINE = chunks(100);
const NAME = chunks(50); // byline names
const USER_NAME = everyFamily(NAME); // user accounts: each one is a slow round trip
const LONG = chunks(1000); // summary, caption, alt text
const NOTE = chunks(2000); // comments, return and correction notes, retraction reasons
const SECTION_ZH = everyFamily(chunks(30));
const SHORT = everyFamily(chunks(60)); // section English names, paper names: a settings save and two pages per piece
// Article 2 has a raw body, 3 a hostile document, the last ones are retracted
// with the notes: at CI size there are fewer pieces than that, so they repeat.
const ARTICLES = Math.max(HEAD.length, 4 + NOTE.length);
const at = <T>(list: T[], i: number): T => list[i % list.length]!;
const text = (payloads: Payload[]) => joined(payloads);

/** Everything a page must not do, collected per browser context. */
interface Watch {
  context: BrowserContext;
  page: Page;
  hits: string[];
}

async function watched(browser: Browser, role?: AccountName): Promise<Watch> {
  const context = await browser.newContext({ ...(role ? { storageState: storageState(role) } : {}), bypassCSP: true });
  const hits: string[] = [];
  await context.exposeBinding("__xss", ({ page }, n: unknown) => void hits.push(`__xss(${String(n)}) on ${page.url()}`));
  await context.route(
    (url) => url.hostname === CANARY_HOST,
    (route) => {
      hits.push(`request ${route.request().url()} from ${route.request().frame().url()}`);
      return route.fulfill({ status: 204 });
    },
  );
  const guard = (page: Page) => {
    page.on("dialog", (dialog) => {
      if (dialog.type() !== "beforeunload") hits.push(`${dialog.type()} "${dialog.message()}" on ${page.url()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    // A payload that ran but found no canary (a sandboxed frame) still throws.
    page.on("pageerror", (error) => {
      if (/__xss|xss\.canary/.test(error.message)) hits.push(`error "${error.message}" on ${page.url()}`);
    });
  };
  context.on("page", guard);
  const page = await context.newPage();
  return { context, page, hits };
}

/** Markup that would run on a click, a hover or a later parse: none may reach the page. */
function dangerousMarkup(): string[] {
  const found: string[] = [];
  const bare = (v: string) => v.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  const urlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "background", "poster", "srcset", "ping"];
  // React's own placeholder on a <form action={fn}>, there to stop a native submit before hydration.
  const REACT_FORM_ACTION = "javascript:throw new Error('React form unexpectedly submitted.')";
  for (const el of Array.from(document.querySelectorAll("*"))) {
    const tag = el.localName;
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if ((name === "action" || name === "formaction") && attr.value === REACT_FORM_ACTION) continue;
      const value = bare(attr.value);
      if (name.startsWith("on") && /xss|alert/.test(value)) found.push(`<${tag} ${name}="${attr.value}">`);
      if (urlAttributes.includes(name) && (/^(javascript|vbscript|data):/.test(value) || value.includes("xss.canary"))) found.push(`<${tag} ${name}="${attr.value}">`);
      if (name === "srcdoc" || (name === "style" && /xss|expression|javascript|url\(/.test(value))) found.push(`<${tag} ${name}="${attr.value}">`);
    }
    if (["iframe", "frame", "object", "embed", "base", "applet"].includes(tag)) found.push(`<${tag}>`);
    if (tag === "meta" && el.hasAttribute("http-equiv") && /refresh|set-cookie/i.test(el.getAttribute("http-equiv") ?? "")) found.push("<meta http-equiv>");
    if (tag === "style" && /xss|expression|javascript/.test(el.textContent ?? "")) found.push("<style> with a payload");
    // A payload's own script would start with its call; Next's data scripts carry payloads inside JSON strings, which is fine.
    if (tag === "script" && /^\s*(parent\.)?(__xss|alert)\(/.test(el.textContent ?? "")) found.push(`<script>${el.textContent}</script>`);
  }
  return found;
}

/**
 * page.goto, once more after a 5xx: on this busy machine Next's rewrite of
 * /x to /{lang}/x is now and then answered by a reset connection (its log
 * says "Failed to proxy … ECONNRESET"), which is not what this spec tests.
 * A second 5xx fails the test.
 */
async function goto(page: Page, path: string) {
  const response = await page.goto(path);
  if ((response?.status() ?? 0) < 500) return response;
  console.warn(`[stored-xss] ${path} answered ${response?.status()}; trying once more`);
  await page.waitForTimeout(500);
  return page.goto(path);
}

let pagesChecked = 0;

/** Opens a page, lets its handlers and image errors fire, and checks it. */
async function visit(watch: Watch, path: string) {
  pagesChecked++;
  const { page, hits } = watch;
  const response = await goto(page, path);
  expect(response?.status(), path).toBeLessThan(500);
  await page.waitForLoadState("load");
  // onerror of a broken image, autofocus and ontoggle fire within moments of load.
  await page.waitForTimeout(150);
  expect(await page.evaluate(dangerousMarkup), `markup on ${path}`).toEqual([]);
  expect(hits, `canaries after ${path}`).toEqual([]);
}

/** The state the tests below hand to each other. */
const made = {
  articles: [] as { id: string; slug: string; headline: string }[],
  sectionSlug: `xss-${stamp}`,
  hostileUsers: [] as { name: string; email: string }[],
  authorSlugs: [] as string[],
  importedDraft: "",
};

/**
 * The autosave route the editor posts to; the Origin header is what a
 * browser sends (CSRF check). The draft's version is not on the page, so
 * the versions are tried in turn: a conflict changes nothing.
 */
async function autosave(request: APIRequestContext, origin: string, id: string, fields: Record<string, unknown>) {
  for (let version = 1; ; version++) {
    const response = await request.post(`/api/articles/${id}/autosave`, { data: { ...fields, version }, headers: { origin } });
    if (response.status() !== 409 || version === 10) return response;
  }
}

const paragraphs = (payloads: Payload[]) => ({
  type: "doc",
  content: payloads.map((p) => ({ type: "paragraph", content: [{ type: "text", text: p.text }] })),
});

/** A body that fits the schema yet puts payloads in every place the renderer writes an attribute. */
function hostileValidDoc() {
  const content: unknown[] = [];
  for (const p of PAYLOADS) {
    content.push({ type: "heading", attrs: { level: 2, onclick: `__xss(${p.n})` }, content: [{ type: "text", text: p.text }] });
    content.push({
      type: "paragraph",
      attrs: { style: `background:url(//${CANARY_HOST}/${p.n})`, class: p.text },
      content: [
        { type: "text", text: p.text, marks: [{ type: "link", attrs: { href: `https://example.com/?q="><img src=x onerror=__xss(${p.n})>`, target: "_self", onclick: `__xss(${p.n})` } }] },
        { type: "text", text: " " },
        { type: "text", text: p.text, marks: [{ type: "bold" }, { type: "italic" }] },
      ],
    });
    content.push({ type: "figure", attrs: { src: `/media/none/640"onerror="__xss(${p.n})`, alt: p.text, caption: p.text, credit: p.text } });
  }
  content.push({ type: "bulletList", content: PAYLOADS.slice(0, 10).map((p) => ({ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: p.text }] }] })) });
  content.push({ type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: PAYLOADS[0]!.text }] }] });
  return { type: "doc", content };
}

/** Hostile bodies an attacker could send instead: each must be refused, and nothing saved. */
const REFUSED_DOCS: [string, unknown][] = [
  ["javascript: link", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:__xss(1)" } }] }] }] }],
  ["entity-encoded javascript: link", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "jav\tascript:__xss(2)" } }] }] }] }],
  ["data: link", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "data:text/html,<script>__xss(3)</script>" } }] }] }] }],
  ["protocol-relative link", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: `//${CANARY_HOST}/4` } }] }] }] }],
  ["javascript: picture", { type: "doc", content: [{ type: "figure", attrs: { src: "javascript:__xss(5)", alt: "a", caption: "c", credit: "c" } }] }],
  ["data: picture", { type: "doc", content: [{ type: "figure", attrs: { src: "data:image/svg+xml,<svg onload=__xss(6)>", alt: "a", caption: "c", credit: "c" } }] }],
  ["an html node", { type: "doc", content: [{ type: "html", text: "<script>__xss(7)</script>" }] }],
  ["a script node", { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "__xss(8)" }] }] }],
  ["an unknown mark", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "textStyle", attrs: { style: "background:url(javascript:__xss(9))" } }] }] }] }],
  ["a heading of level 1 with a handler", { type: "doc", content: [{ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "<img src=x onerror=__xss(10)>" }] }] }],
];

test.beforeAll(() => {
  // The corpus is what the issue asks for: at least 40 payloads across the families.
  expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  for (const family of ["script", "handler", "javascript-url", "svg", "math", "frame", "base", "meta", "css", "mutation", "encoded"]) {
    expect(CORPUS.some((p) => p.family === family), family).toBe(true);
  }
});

test("hostile names: staff accounts and a section", async ({ browser }) => {
  test.setTimeout(600_000);
  const admin = await watched(browser, "admin");
  await admin.page.goto("/desk/users");
  for (const [i, payloads] of USER_NAME.entries()) {
    const person = { name: text(payloads), email: `xss.${stamp}.${i}@copydesk.test` };
    const form = admin.page.getByRole("form", { name: "New user" });
    await form.getByLabel("Email").fill(person.email);
    await form.getByLabel("Name").fill(person.name);
    await form.getByLabel("Role").selectOption({ label: "Reporter" });
    await form.getByLabel("Password").fill("hostile-name-password");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByRole("status")).toHaveText(`Created ${person.name}.`);
    made.hostileUsers.push(person);
    // A fresh form: React resets the one that just created the user after its action, which could clear the next name.
    await goto(admin.page, "/desk/users");
  }
  // The names are shown as typed, as text.
  for (const person of made.hostileUsers) await expect(admin.page.getByRole("row").filter({ hasText: person.email })).toContainText(person.name);
  expect(admin.hits).toEqual([]);

  await admin.page.goto("/desk/sections");
  const form = admin.page.getByRole("form", { name: "New section" });
  await form.getByLabel("Slug").fill(made.sectionSlug);
  await form.getByLabel("Chinese name").fill(text(SECTION_ZH[0]!));
  await form.getByLabel("English name").fill(text(SHORT[0]!));
  await form.getByRole("button", { name: "Create section" }).click();
  await expect(form.getByRole("status")).toHaveText("Section created.");
  expect(admin.hits).toEqual([]);
  await admin.context.close();
});

/** Fields of article i, spread so that every payload that fits a field reaches it. */
function fieldsOf(i: number, staffIds: string[]) {
  const names = NAME.filter((_, j) => j % ARTICLES === i).map(text);
  return {
    kicker: text(at(HEAD, i + 1)),
    headline: text(at(HEAD, i)),
    subheadline: text(at(HEAD, i + 2)),
    dateline: text(at(DATELINE, i)),
    summary: text(LONG[i % LONG.length]!),
    contributors: names.map((name, j) => ({ name, role: "REPORTER", credit: "TEXT", userId: j === 0 ? (staffIds[i] ?? null) : null })),
  };
}

async function newDraft(page: Page, fill: (editor: ArticleEditor) => Promise<void>) {
  await page.goto("/desk/articles/new");
  const editor = new ArticleEditor(page);
  await fill(editor);
  await editor.saveDraft();
  const id = await editor.articleId();
  await expect(editor.status()).toHaveText("Draft");
  return id;
}

/** The upload route the photos panel uses, with the caption, credit and alt text it takes along. */
async function uploadPhoto(request: APIRequestContext, origin: string, articleId: string, i: number, png: Buffer) {
  const response = await request.post("/api/media", {
    headers: { origin },
    multipart: {
      file: { name: `${PAYLOADS[i]!.text}.png`, mimeType: "image/png", buffer: png },
      articleId,
      caption: text(LONG[i % LONG.length]!),
      credit: text(at(HEAD, i)),
      alt: text(LONG[(i + 1) % LONG.length]!),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

async function publish(page: Page, section: { label: string }) {
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("status").first()).toHaveText("Submitted");
  await page.getByLabel("Section").selectOption(section);
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByTestId("status").first()).toHaveText("Published");
}

test("articles: every text field, the typed, pasted and raw body, photos, and the workflow's notes", async ({ browser, baseURL }) => {
  test.setTimeout(600_000);
  const origin = new URL(baseURL!).origin;
  const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#a47" } }).png().toBuffer();
  const chief = await watched(browser, "chief");
  const { page } = chief;
  const request = chief.context.request;

  // Article 0: title, byline and body typed into the real form; the body as text, a payload per paragraph.
  const first = fieldsOf(0, []);
  const id0 = await newDraft(page, async (editor) => {
    await editor.fill({
      kicker: first.kicker,
      headline: first.headline,
      subheadline: first.subheadline,
      dateline: first.dateline,
      summary: first.summary,
      body: PAYLOADS.map((p) => p.text).join("\n\n"),
      contributors: first.contributors.map((c) => ({ name: c.name, role: "Reporter", credit: "Text" })),
    });
    // The headline key by key, as a person types it.
    const headline = page.getByLabel("Headline", { exact: true });
    await headline.clear();
    await headline.pressSequentially(first.headline);
  });
  // The staff accounts with hostile names, to link bylines to (their author pages).
  const options = await page.getByLabel("Staff account").first().locator("option").evaluateAll((els) => els.map((o) => ({ id: (o as HTMLOptionElement).value, name: o.textContent ?? "" })));
  const staffIds = made.hostileUsers.map((u) => options.find((o) => o.name === u.name)?.id ?? "");
  expect(staffIds.filter(Boolean)).toHaveLength(made.hostileUsers.length);

  // Article 1: HTML pasted into the editor, as from a hostile web page.
  const second = fieldsOf(1, []);
  const id1 = await newDraft(page, async (editor) => {
    await editor.fill({ ...second, contributors: second.contributors.map((c) => ({ name: c.name, role: "Reporter", credit: "Text" })), body: "粘贴：" });
    const html = PAYLOADS.map((p) => `<p>${p.text}</p>`).join("") + PAYLOADS.map((p) => p.text).join("");
    await editor.body().evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData("text/html", pasted);
      data.setData("text/plain", "pasted");
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
  });
  const ids = [id0, id1];

  // Articles 2…: made in the form, then their fields sent to the autosave route the editor uses, as an attacker would.
  for (let i = 2; i < ARTICLES; i++) {
    const id = await newDraft(page, (editor) => editor.fill({ headline: `XSS ${stamp} ${i}`, body: "占位。" }));
    let body: Record<string, unknown>;
    if (i === 2) body = { body: PAYLOADS.map((p) => p.text).join("\n\n"), bodyJson: null };
    else if (i === 3) body = { body: "", bodyJson: hostileValidDoc() };
    else body = { body: "", bodyJson: paragraphs(PAYLOADS) };
    if (i === ARTICLES - 1) {
      for (const [what, doc] of REFUSED_DOCS) {
        const refused = await autosave(request, origin, id, { ...fieldsOf(i, staffIds), body: "", bodyJson: doc });
        expect(refused.status(), what).toBe(400);
      }
    }
    const saved = await autosave(request, origin, id, { ...fieldsOf(i, staffIds), ...body });
    expect(saved.status(), await saved.text()).toBe(200);
    ids.push(id);
  }

  for (const [i, id] of ids.entries()) await uploadPhoto(request, origin, id, i, png);

  // Article 0 goes back and forth: two return notes, two comments.
  await page.goto(`/desk/articles/${id0}`);
  for (const note of NOTE) {
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByTestId("status").first()).toHaveText("Submitted");
    const returnForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Return to reporter" }) });
    await returnForm.getByLabel("Note", { exact: true }).fill(text(note));
    await page.getByRole("button", { name: "Return to reporter" }).click();
    await expect(page.getByTestId("status").first()).toHaveText("Returned");
    await expect(page.getByTestId("return-note")).toHaveText(text(note));
  }
  for (const note of NOTE) {
    await page.getByLabel("Comment", { exact: true }).fill(text(note));
    await page.getByRole("button", { name: "Add comment" }).click();
    await expect(page.getByText("Comment added.")).toBeVisible();
  }

  const hostileSection = { label: text(SHORT[0]!) };
  for (const [i, id] of ids.entries()) {
    await page.goto(`/desk/articles/${id}`);
    await publish(page, i % 2 ? hostileSection : { label: "Development Zone" });
    const slug = (await page.getByTestId("slug").textContent()) ?? "";
    made.articles.push({ id, slug, headline: fieldsOf(i, []).headline });
  }
  // Linked bylines of the articles that stay live (the last ones are retracted below).
  made.authorSlugs = made.hostileUsers.slice(2, ARTICLES - NOTE.length).map((u) => baseSlug(u.name));

  // Corrections on the first two, retractions of the last two.
  for (const [k, note] of NOTE.entries()) {
    await page.goto(`/desk/articles/${ids[k]}`);
    await page.getByLabel("Correction note").fill(text(note));
    await page.getByRole("button", { name: "Publish correction" }).click();
    await expect(page.getByText("Correction published.")).toBeVisible();
    await page.goto(`/desk/articles/${ids[ARTICLES - 1 - k]}`);
    await page.getByLabel("Reason for retracting").fill(text(note));
    await page.getByRole("button", { name: "Retract" }).click();
    await expect(page.getByTestId("status").first()).toHaveText("Retracted");
  }
  expect(chief.hits).toEqual([]);
  await chief.context.close();
});

test("assignments and an imported page", async ({ browser }) => {
  test.setTimeout(300_000);
  const editor = await watched(browser, "editor");
  const { page } = editor;
  await page.goto("/desk/assignments");
  for (const title of HEAD) {
    await page.getByLabel("Title", { exact: true }).fill(text(title));
    await page.getByLabel("Brief", { exact: true }).fill(joined(PAYLOADS));
    await page.getByLabel("Reporter", { exact: true }).selectOption({ label: "郭坤" });
    await page.getByLabel("Deadline", { exact: true }).fill("2030-11-02T18:00");
    await page.getByRole("button", { name: "Create assignment" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Assignment created" })).toBeVisible();
    // The form clears itself once the assignment is made: only then type the next.
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("");
  }
  for (const title of HEAD) await expect(page.getByTestId("assignment").filter({ hasText: text(title) }).first()).toBeVisible();

  await page.goto("/desk/import");
  const stories = HEAD.slice(0, 3).map((h) => `## ${text(h)}\n\n**本报讯** (记者 郭坤)${PAYLOADS.map((p) => p.text).join("\n\n")}`);
  await page.getByLabel("Page text").fill(`${PAYLOADS.map((p) => p.text).join("\n")}\n\n${stories.join("\n\n")}`);
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Proposed articles:" })).toBeVisible();
  await page.waitForTimeout(150);
  expect(await page.evaluate(dangerousMarkup)).toEqual([]);
  await page.getByRole("button", { name: "Create drafts" }).click();
  await expect(page.getByText(/Imported \d+ articles as drafts\./)).toBeVisible();
  expect(editor.hits).toEqual([]);
  await editor.context.close();
});

test("section and paper names, each payload in turn, on the desk and the reader's pages", async ({ browser }) => {
  test.setTimeout(600_000);
  const admin = await watched(browser, "admin");
  const reader = await watched(browser);
  await admin.page.goto("/desk/settings");
  // Exactly: each review stage has an "English name of stage N" too.
  const paperZh = admin.page.getByLabel("Chinese name", { exact: true });
  const paperEn = admin.page.getByLabel("English name", { exact: true });
  const original = { zh: await paperZh.inputValue(), en: await paperEn.inputValue() };
  const slugCell = admin.page.getByTestId("slug").filter({ hasText: new RegExp(`^${made.sectionSlug}$`) });
  const row = admin.page.getByRole("row").filter({ has: slugCell });

  try {
    for (let i = 0; i < SHORT.length; i++) {
      const name = text(SHORT[i]!);
      await admin.page.goto("/desk/settings");
      await paperZh.fill(name);
      await paperEn.fill(name);
      await admin.page.getByRole("button", { name: "Save settings" }).click();
      await expect(admin.page.getByText("Settings saved.")).toBeVisible();

      await admin.page.goto("/desk/sections");
      await row.getByLabel("Chinese name").fill(text(SECTION_ZH[i % SECTION_ZH.length]!));
      await row.getByLabel("English name").fill(name);
      await row.getByRole("button", { name: "Rename" }).click();
      await expect(row.getByRole("status")).toHaveText("Renamed.");
      await visit(admin, "/desk/sections");

      await visit(reader, `/sections/${made.sectionSlug}`);
      await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(reader.page.locator("header").first()).toContainText(name);
    }
    await visit(reader, "/");
    await visit(reader, `/zh-CN/sections/${made.sectionSlug}`);
  } finally {
    await admin.page.goto("/desk/settings");
    await paperZh.fill(original.zh);
    await paperEn.fill(original.en);
    await admin.page.getByRole("button", { name: "Save settings" }).click();
    await expect(admin.page.getByText("Settings saved.")).toBeVisible();
  }
  await admin.context.close();
  await reader.context.close();
});

test("review stage names and a reviewer's opinion", async ({ browser }) => {
  test.setTimeout(300_000);
  const admin = await watched(browser, "admin");
  const stages = everyFamily(chunks(20)).map(text);
  // Both of each stage's names: the desk shows the English one on English pages, the Chinese one on Chinese pages.
  const saveStages = async (names: string[], englishNames = names) => {
    await admin.page.goto("/desk/settings");
    await admin.page.getByLabel("Number of stages").selectOption(String(names.length));
    for (const [i, name] of names.entries()) {
      await admin.page.getByLabel(`Stage name ${i + 1}`).fill(name);
      await admin.page.getByLabel(`English name of stage ${i + 1}`).fill(englishNames[i]!);
    }
    await admin.page.getByRole("button", { name: "Save settings" }).click();
    await expect(admin.page.getByText("Settings saved.")).toBeVisible();
  };
  try {
    for (let i = 0; i < stages.length; i += 2) {
      await saveStages([stages[i]!, stages[i + 1] ?? stages[0]!]);
      await visit(admin, "/desk/settings");
      await visit(admin, "/desk/review");
    }
    // A two-stage review: the editor signs the first with a hostile opinion.
    const reporter = await (await browser.newContext({ storageState: storageState("reporter") })).newPage();
    const id = await submitNewDraft(reporter, { headline: `审稿意见测试 ${stamp}`, body: "开发区审稿意见测试。" });
    await reporter.context().close();
    const editor = await watched(browser, "editor");
    await visit(editor, `/desk/articles/${id}`);
    await editor.page.getByLabel("Opinion").fill(text(NOTE[0]!));
    await editor.page.getByRole("button", { name: "Sign off" }).click();
    await expect(editor.page.getByTestId("status").first()).toHaveText("In review");
    for (const path of [`/desk/articles/${id}`, `/desk/articles/${id}/history`, "/desk/review", "/desk"]) await visit(editor, path);
    await visit(admin, `/desk/articles/${id}`);
    await visit(admin, "/desk/audit");
    await editor.context.close();
  } finally {
    await saveStages(["初审"], ["First review"]);
  }
  expect(admin.hits).toEqual([]);
  await admin.context.close();
});

test("every desk page that shows the payloads runs none of them", async ({ browser }) => {
  test.setTimeout(600_000);
  const chief = await watched(browser, "chief");
  for (const path of ["/desk", "/desk/review", "/desk/front-page", "/desk/photos", "/desk/assignments", "/desk/notifications"]) await visit(chief, path);
  for (const [i, article] of made.articles.entries()) {
    await visit(chief, `/desk/articles/${article.id}`);
    if (i < 4) await visit(chief, `/desk/articles/${article.id}/history`);
  }
  // What was typed is shown as typed.
  await chief.page.goto(`/desk/articles/${made.articles[0]!.id}`);
  await expect(chief.page.getByLabel("Headline", { exact: true })).toHaveValue(made.articles[0]!.headline);
  for (const note of NOTE) await expect(chief.page.getByText(text(note), { exact: true }).first()).toBeVisible();
  await chief.context.close();

  const admin = await watched(browser, "admin");
  for (const path of ["/desk/users", "/desk/sections", "/desk/settings", "/desk/audit"]) await visit(admin, path);
  await admin.context.close();

  const reporter = await watched(browser, "reporter");
  for (const path of ["/desk", "/desk/assignments", "/desk/notifications"]) await visit(reporter, path);
  await expect(reporter.page.getByText(text(HEAD[0]!)).first()).toBeVisible();
  await reporter.context.close();

  const editor = await watched(browser, "editor");
  await visit(editor, "/desk");
  const imported = await editor.page.locator('a[href^="/desk/articles/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  for (const href of [...new Set(imported)].slice(0, 5)) await visit(editor, href);
  await editor.context.close();
});

test("every reader page runs none of them, and shows them as text", async ({ browser }) => {
  test.setTimeout(600_000);
  const reader = await watched(browser);
  const live = made.articles.slice(0, ARTICLES - NOTE.length);
  for (const path of ["/", "/zh-CN", "/corrections", "/sections/development-zone", `/sections/${made.sectionSlug}`]) await visit(reader, path);
  for (const article of made.articles) await visit(reader, `/articles/${article.slug}`);
  // An edition (the hostile section's name is in every page's masthead), the
  // staff's author pages, search (its results, and one payload of each family
  // as the query), the feeds and sitemaps as Chromium shows them.
  await visit(reader, "/editions/2021-11-02");
  for (const slug of made.authorSlugs) await visit(reader, `/authors/${slug}`);
  await visit(reader, `/search?q=${encodeURIComponent(made.articles[0]!.headline.slice(0, 8))}`);
  for (const payload of everyFamily(PAYLOADS.map((p) => [p])).flat()) await visit(reader, `/search?q=${encodeURIComponent(payload.text)}`);
  for (const path of ["/feed.xml", `/sections/${made.sectionSlug}/feed.xml`, "/sitemap.xml", "/news-sitemap.xml"]) await visit(reader, path);

  for (const article of live) {
    await reader.page.goto(`/articles/${article.slug}`);
    await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
  }
  // The typed body and the raw text body: every payload is there, as text.
  for (const article of [made.articles[0]!, made.articles[2]!]) {
    await reader.page.goto(`/articles/${article.slug}`);
    const body = reader.page.getByTestId("article-body");
    for (const p of PAYLOADS) await expect(body, `payload ${p.n}`).toContainText(p.text);
  }
  await reader.page.goto(`/articles/${made.articles[0]!.slug}`);
  await expect(reader.page.getByTestId("correction")).toContainText(text(NOTE[0]!));
  await expect(reader.page.getByTestId("article").getByTestId("byline")).toContainText(text(NAME[0]!));

  expect(reader.hits).toEqual([]);
  await reader.context.close();
  console.log(`[stored-xss] ${PAYLOADS.length} of ${CORPUS.length} payloads (${SIZES.xssCorpus}, seed ${TEST_SEED}); ${pagesChecked} page loads checked in Chromium; 0 canary calls, 0 dialogs, 0 canary requests`);
});

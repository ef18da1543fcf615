import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "@/lib/testing/browser/fixtures";
import sharp from "sharp";
import { ArticleEditor } from "@/lib/testing/browser/pages";

// A reporter's photo: uploaded with a progress bar, captioned, credited and
// described; refused when too large or not a picture; private while the
// article is a draft, and on the reader's page once it is published.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const headline = `开发区新建口袋公园 图片 ${stamp}`;
const photo = { caption: "图为太昊路口袋公园。", credit: "王敏 摄", alt: "口袋公园里的步道和新种的树" };
let dir = "";
let articleId = "";
let pictureUrl = "";

test.beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "copydesk-photos-"));
  // A camera-sized JPEG carrying GPS, made here so the test needs no fixture file.
  const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#4a7" } })
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "33/1 37/1 0/1" } })
    .jpeg()
    .toBuffer();
  await writeFile(path.join(dir, "park.jpg"), jpeg);
  await writeFile(path.join(dir, "notes.jpg"), "This is a text file with a picture's name.\n");
  await writeFile(path.join(dir, "huge.jpg"), Buffer.alloc(10 * 1024 * 1024 + 1));
});
test.afterAll(() => rm(dir, { recursive: true, force: true }));

const panelOf = (page: Page) => page.getByRole("region", { name: "Photos", exact: true });

test("a reporter uploads a photo to a draft and gives it a caption, credit and alt text", async ({ request, as }) => {
  const page = await as("reporter", "/desk/articles/new");
  const editor = new ArticleEditor(page);
  await editor.fill({ headline, body: "开发区今年新建三座口袋公园。", contributors: [{ name: "王敏", role: "Photographer", credit: "Photos" }] });
  await editor.saveDraft();
  articleId = await editor.articleId();

  const panel = panelOf(page);
  await expect(panel.getByText("No photos yet.")).toBeVisible();
  await panel.getByLabel("Photo", { exact: true }).setInputFiles(path.join(dir, "park.jpg"));
  await expect(panel.getByRole("progressbar", { name: "Upload progress" })).toHaveAttribute("aria-valuenow", "100");
  await expect(panel.getByTestId("upload-status")).toHaveText("Uploaded. Add the caption, credit and alt text.");

  const item = panel.getByTestId("photo-item");
  await expect(item).toHaveCount(1);
  const thumbnail = item.getByTestId("photo-thumbnail");
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(item.getByText("Needs a caption, credit and alt text before publishing.")).toBeVisible();

  await item.getByLabel("Caption").fill(photo.caption);
  await item.getByLabel("Credit").fill(photo.credit);
  await item.getByLabel("Alt text").fill(photo.alt);
  await item.getByRole("button", { name: "Save photo" }).click();
  await expect(item.getByRole("status")).toHaveText("Photo saved.");

  await page.reload();
  const saved = panelOf(page).getByTestId("photo-item");
  await expect(saved.getByLabel("Caption")).toHaveValue(photo.caption);
  await expect(saved.getByLabel("Credit")).toHaveValue(photo.credit);
  await expect(saved.getByLabel("Alt text")).toHaveValue(photo.alt);
  await expect(saved.getByText("Needs a caption, credit and alt text before publishing.")).toHaveCount(0);

  // A draft's picture is the newsroom's: a reader (no session) gets nothing, not even a hint.
  pictureUrl = (await saved.getByTestId("photo-thumbnail").getAttribute("src")) ?? "";
  expect(pictureUrl).toMatch(/^\/media\/[a-z0-9]+\/\d+$/);
  expect((await request.get(pictureUrl)).status()).toBe(404);
  await page.context().close();
});

test("an oversized file or a file that is not a picture gets a clear message and adds nothing", async ({ as }) => {
  const page = await as("reporter", `/desk/articles/${articleId}`);
  const panel = panelOf(page);
  await expect(panel.getByTestId("photo-item")).toHaveCount(1);

  await panel.getByLabel("Photo", { exact: true }).setInputFiles(path.join(dir, "huge.jpg"));
  await expect(panel.getByTestId("upload-status")).toHaveText("This file is larger than 10 MB. Make it smaller and upload it again.");

  await panel.getByLabel("Photo", { exact: true }).setInputFiles(path.join(dir, "notes.jpg"));
  await expect(panel.getByTestId("upload-status")).toHaveText("Only JPEG, PNG or WebP pictures can be uploaded; this file is not one.");
  await page.reload();
  await expect(panelOf(page).getByTestId("photo-item")).toHaveCount(1);
  await page.context().close();
});

test("once published, readers see the picture with its caption, credit and alt text", async ({ browser, request, as }) => {
  const reporter = await as("reporter", `/desk/articles/${articleId}`);
  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(reporter.getByTestId("status").first()).toHaveText("Submitted");
  await reporter.context().close();

  const editor = await as("editor", `/desk/articles/${articleId}`);
  await editor.getByLabel("Section").selectOption({ label: "Society" });
  await editor.getByRole("button", { name: "Approve and publish" }).click();
  await expect(editor.getByTestId("status").first()).toHaveText("Published");
  const slug = (await editor.getByTestId("slug").textContent()) ?? "";
  await editor.context().close();

  const page = await browser.newPage();
  await page.goto(`/articles/${slug}`);
  const figure = page.getByTestId("article").getByRole("figure");
  const img = figure.getByRole("img", { name: photo.alt });
  await expect(img).toHaveAttribute("srcset", /\/media\/[a-z0-9]+\/320 320w, .*\/media\/[a-z0-9]+\/1024 1024w/);
  await expect(img).toHaveAttribute("width", "1200");
  await expect(img).toHaveAttribute("height", "800");
  await expect(img).toHaveAttribute("decoding", "async");
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  await expect(figure.getByTestId("caption")).toHaveText(`${photo.caption}${photo.credit}`);
  await page.close();

  const served = await request.get(pictureUrl);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
  expect(served.headers()["x-content-type-options"]).toContain("nosniff");
  expect(served.headers()["cache-control"]).toContain("immutable");
  const original = await request.get(pictureUrl.replace(/\/\d+$/, "/original"));
  expect(original.headers()["content-type"]).toBe("image/jpeg");
  // Re-encoded on upload: the GPS position is gone.
  expect((await sharp(await original.body()).metadata()).exif).toBeUndefined();
});

import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { E2E_PORT, mainDatabaseUrl } from "@/lib/testing/browser/servers";
import { ArticleEditor, signIn } from "@/lib/testing/browser/pages";

// Autosave survives the server dying: a second server on the same database
// is killed the moment after a save, then started again. Nothing typed is lost.
const PORT = E2E_PORT + 11;
const base = `http://127.0.0.1:${PORT}`;
const databaseUrl = mainDatabaseUrl;

function log() {
  mkdirSync("test-results", { recursive: true });
  return openSync("test-results/server-restart.log", "a");
}

function startServer(): ChildProcess {
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", String(PORT), "127.0.0.1"], {
    detached: true,
    // Its output goes to a file, for when this test fails.
    stdio: ["ignore", log(), log()],
    env: { ...process.env, DATABASE_URL: databaseUrl(), AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz", PORT: String(PORT), SCHEDULER: "off" },
  });
  return server;
}

async function waitUntilUp() {
  await expect(async () => {
    const response = await fetch(`${base}/api/health`);
    expect(response.status).toBe(200);
  }).toPass({ timeout: 60_000, intervals: [250] });
}

/** The whole process group at once, as a crash or `kill -9` would. */
const kill = (server: ChildProcess) => {
  try {
    process.kill(-server.pid!, "SIGKILL");
  } catch {
    // Already gone.
  }
};

test("killing the server 1 s after an acknowledged save loses nothing; unsent typing is offered back", async ({ browser }) => {
  test.setTimeout(120_000);
  let server = startServer();
  try {
    await waitUntilUp();
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await signIn(page, "reporter@copydesk.test");
    await expect(page).toHaveURL(/\/desk$/);
    await page.goto("/desk/articles/new");
    const editor = new ArticleEditor(page);
    const headline = `断电测试 ${Date.now().toString(36)}`;
    await editor.fill({ headline, body: "第一段：已经保存的文字。" });
    // Acknowledged by the server (autosave); a second later the server dies
    // as a crash or `kill -9` would end it.
    await expect(page.getByTestId("save-state")).toHaveText(/^Saved at \d{2}:\d{2}$/, { timeout: 20_000 });
    await editor.articleId();
    await page.waitForTimeout(1_000);

    kill(server);
    // Typing goes on while the server is gone; it stays on this device.
    await editor.body().click();
    await editor.body().press("ControlOrMeta+End");
    await page.keyboard.insertText("第二段：服务器停机时输入的文字。");
    await expect(page.getByTestId("save-state")).toContainText("Offline", { timeout: 30_000 });

    server = startServer();
    await waitUntilUp();
    // Back again, the typing is either offered back from this device or was
    // already sent by the page as it was reloaded (a beacon): either way,
    // nothing is lost.
    await expect(async () => {
      await page.reload();
      const restore = page.getByRole("button", { name: "Restore my changes" });
      if (await restore.waitFor({ timeout: 2_000 }).then(() => true, () => false)) await restore.click();
      await expect(editor.body()).toContainText("第二段：服务器停机时输入的文字。", { timeout: 2_000 });
    }).toPass({ timeout: 40_000 });
    await expect(editor.body()).toContainText("第一段：已经保存的文字。");
    await expect(page.getByTestId("save-state")).toHaveText(/^(Saved at \d{2}:\d{2})?$/, { timeout: 30_000 });
    await page.reload();
    await expect(editor.body()).toContainText("第一段：已经保存的文字。");
    await expect(editor.body()).toContainText("第二段：服务器停机时输入的文字。");
    await context.close();
  } finally {
    kill(server);
  }
});

// "Per check after typing" where the reporter types: the desk's article
// page in Chromium, served by the production build (`npx next build`
// first), with the word list in the database. One character is typed into
// the middle of the body; the panel checks after the pause in typing and
// marks its work with `performance.measure("proofread:check")` — the check
// of every field and the body's underlines — which is read back here.
import { chromium, type Page } from "@playwright/test";
import { createArticle } from "@/lib/articles/save";
import { createDb } from "@/lib/database/client";
import type { WordEntry } from "@/lib/proofread";
import { signIn } from "@/lib/testing/load/session";
import { startServer } from "./server";

export interface EditorRun {
  length: number;
  /** Compiling the word list in the page, once, after fetching it. */
  compileMs: number;
  /** The page's first check, with the word list. */
  firstMs: number;
  samplesMs: number[];
  findings: string;
}

const TYPED = "开发区会议,强调落实";

type Measures = { checks: number[]; compile: number[] };
const measures = (page: Page) =>
  page.evaluate(() => ({
    checks: performance.getEntriesByName("proofread:check").map((e) => e.duration),
    compile: performance.getEntriesByName("proofread:compile-words").map((e) => e.duration),
  })) as Promise<Measures>;

export async function measureInEditor(options: { texts: string[]; entries: WordEntry[]; checks: number; warmup: number; port: number; launchArgs: string[] }): Promise<EditorRun[]> {
  const server = await startServer(options.port);
  const db = createDb(server.databaseUrl, { max: 2 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: options.launchArgs });
  try {
    const reporter = await db.user.findFirstOrThrow({ where: { email: "reporter@copydesk.test" }, select: { id: true, role: true, name: true } });
    const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true } });
    // The list replaces the demo's starter list (the generated one holds it).
    await db.proofWord.deleteMany();
    await db.proofWord.createMany({ data: options.entries.map((e) => ({ term: e.term, category: e.category, replacement: e.replacement ?? null, note: e.note ?? null, createdById: admin.id })) });
    const cookie = (await signIn(server.base, "reporter@copydesk.test")).split("=");
    const runs: EditorRun[] = [];
    for (const text of options.texts) {
      const article = await createArticle(db, reporter, {
        kicker: null,
        headline: `校对基准 ${text.length}`,
        subheadline: null,
        dateline: "本报讯",
        summary: null,
        body: text,
        contributors: [{ name: reporter.name, role: "REPORTER", credit: "TEXT", userId: reporter.id }],
      });
      const context = await browser.newContext({ locale: "en-US" });
      await context.addCookies([{ name: cookie[0]!, value: cookie.slice(1).join("="), url: server.base }]);
      const page = await context.newPage();
      await page.goto(`${server.base}/desk/articles/${article.id}`);
      await page.getByTestId("proof-summary").waitFor({ timeout: 120_000 });
      // The first check with the word list: after it was compiled.
      await page.waitForFunction(() => performance.getEntriesByName("proofread:compile-words").length > 0 && performance.getEntriesByName("proofread:check").length > 0, null, { timeout: 120_000 });
      await page.waitForFunction(() => {
        const compiled = performance.getEntriesByName("proofread:compile-words")[0]!;
        return performance.getEntriesByName("proofread:check").some((e) => e.startTime > compiled.startTime);
      });
      // The caret in the middle of the body, through the editor Tiptap keeps on its element.
      await page.locator(".ProseMirror").evaluate((element) => {
        const editor = (element as unknown as { editor: { state: { doc: { content: { size: number } } }; commands: { focus: (at: number) => boolean } } }).editor;
        editor.commands.focus(Math.floor(editor.state.doc.content.size / 2));
      });
      const before = await measures(page);
      const samplesMs: number[] = [];
      for (let i = 0; i < options.warmup + options.checks; i++) {
        const seen = (await measures(page)).checks.length;
        await page.keyboard.insertText(TYPED[i % TYPED.length]!);
        await page.waitForFunction((n) => performance.getEntriesByName("proofread:check").length > n, seen);
        const { checks } = await measures(page);
        if (i >= options.warmup) samplesMs.push(...checks.slice(seen));
      }
      const findings = (await page.getByTestId("proof-summary").textContent()) ?? "";
      const firstWithWords = before.checks.at(-1) ?? NaN;
      runs.push({ length: text.length, compileMs: before.compile[0] ?? NaN, firstMs: firstWithWords, samplesMs, findings });
      await context.close();
    }
    return runs;
  } finally {
    await browser.close();
    await db.$disconnect();
    await db.pool.end();
    await server.stop();
  }
}

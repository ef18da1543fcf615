// The import command against a real database: one page as drafts or
// published into its edition, whole folders of pages, a second run that
// creates nothing, a run interrupted and resumed, and one clear line for
// every bad argument.
import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clearPurgers, registerPurger } from "@/lib/publication/purgers";
import { makeSection, makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { parsePageLabel, runImport } from "./cli";

const db = testDb();
beforeEach(async () => {
  await resetDatabase(db);
  await db.importedPage.deleteMany();
});

const PAGE = path.join(process.cwd(), "prisma", "demo", "zhoukou-development-zone-page.txt");
const CORPUS = path.join(process.cwd(), "lib", "import", "corpus", "pages");

function capture(onLog?: (line: string) => void) {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: {
      log: (l: string) => {
        lines.push(l);
        onLog?.(l);
      },
      error: (l: string) => errors.push(l),
    },
  };
}

describe("runImport: one page", () => {
  it("publishes the 开发区 page into the 2021-11-02 edition, page 3, as the first chief editor", async () => {
    await makeUser("EDITOR");
    const chief = await makeUser("CHIEF_EDITOR");
    const zone = await makeSection(db, "development-zone");
    const { lines, errors, out } = capture();
    let purges = 0;
    registerPurger({ name: "counting", purge: () => void purges++ });

    const code = await runImport(db, [PAGE, "--edition", "2021-11-02", "--page", "第03版 开发区", "--publish", "--section", "development-zone"], out);
    await clearPurgers();

    expect(errors).toEqual([]);
    expect(code).toBe(0);
    // Like any public change, through the publication seam: the caching proxy is purged once.
    expect(purges).toBe(1);
    const articles = await db.article.findMany({ orderBy: { publishedAt: "desc" } });
    expect(articles).toHaveLength(8);
    for (const a of articles) {
      expect(a).toMatchObject({ status: "PUBLISHED", pageNumber: 3, pageName: "开发区", sectionId: zone.id, createdById: chief.id });
      expect(a.editionDate?.toISOString().slice(0, 10)).toBe("2021-11-02");
    }
    expect(articles[0]).toMatchObject({ headline: "把会议精神转化为强大工作动力", placement: "LEAD" });

    expect(lines[0]).toMatch(/^\[1\/1\] zhoukou-development-zone-page\.txt → 2021-11-02 第3版 开发区: 8 articles, \d+ fields guessed, 3 fragments$/);
    expect(lines[1]).toBe("    fragment: 三零目标,持续营造稳定良好的发展环境。 (A lone short sentence after a layout break (photo or column gap).)");
    expect(lines).toContain("Pages: 1 (1 imported, 0 already imported, 0 failed).");
    expect(lines).toContain(`Stories: 8 (5 news, 1 photo story, 1 commentary, 1 brief), published in their editions, as ${chief.name} <${chief.email}>.`);
    expect(lines.some((l) => /^Fields guessed: \d+\. Fragments left unassigned: 3\. Names to confirm: 0\.$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Time: [\d.]+ s \([\d.]+ pages\/s\); peak memory [\d.]+ MiB\.$/);
  });

  it("creates drafts without --publish, as the first editor, in no edition", async () => {
    const editor = await makeUser("EDITOR");
    await makeUser("CHIEF_EDITOR");
    const { lines, out } = capture();

    expect(await runImport(db, [PAGE, "--edition", "2021-11-02"], out)).toBe(0);
    const articles = await db.article.findMany();
    expect(articles).toHaveLength(8);
    for (const a of articles) {
      expect(a).toMatchObject({ status: "DRAFT", createdById: editor.id, editionDate: null, pageNumber: null, publishedAt: null, sectionId: null });
    }
    expect(lines[0]).toMatch(/→ drafts: 8 articles/);
    expect(lines).toContain(`Stories: 8 (5 news, 1 photo story, 1 commentary, 1 brief), as drafts, as ${editor.name} <${editor.email}>.`);
  });

  it("acts as the user named with --as, and refuses to publish as an editor", async () => {
    const editor = await makeUser("EDITOR");
    await makeUser("CHIEF_EDITOR");
    const { lines, errors, out } = capture();

    const code = await runImport(db, [PAGE, "--edition", "2021-11-02", "--page", "第03版 开发区", "--publish", "--as", editor.email], out);
    expect(code).toBe(1);
    expect(errors).toEqual([`✖ ${editor.email} (EDITOR) may not publish an import`]);
    expect(lines).toEqual([]);
    expect(await db.article.count()).toBe(0);
  });

  it("refuses clearly when there is nobody to act as", async () => {
    await makeUser("EDITOR");
    const { errors, out } = capture();
    expect(await runImport(db, [PAGE, "--edition", "2021-11-02", "--page", "第03版 开发区", "--publish"], out)).toBe(1);
    expect(errors).toEqual(["✖ no active chief editor to act as: pass --as <email>"]);
  });

  it.each([
    ["no file", ["--edition", "2021-11-02"], "give a folder or at least one text file"],
    ["an impossible date", [PAGE, "--edition", "2021-02-30"], "--edition must be a date"],
    ["a page label without a name", [PAGE, "--edition", "2021-11-02", "--page", "第03版"], "--page must look like"],
    ["--page with two files", [PAGE, PAGE, "--page", "第03版 开发区"], "--page names one page"],
    ["an unknown conversion", [PAGE, "--convert", "mo"], "--convert must be hk"],
    ["an unknown option", [PAGE, "--edition", "2021-11-02", "--pages", "3"], "Unknown option '--pages'"],
    ["a missing file", ["/no/such/page.txt", "--edition", "2021-11-02"], "cannot read /no/such/page.txt: no such file or folder"],
    ["an unknown section", [PAGE, "--edition", "2021-11-02", "--section", "nowhere"], 'no section with the slug "nowhere"'],
    ["an unknown user", [PAGE, "--edition", "2021-11-02", "--as", "nobody@copydesk.test"], "no active user with the email nobody@copydesk.test"],
  ])("exits 1 with one line for %s, creating nothing", async (_, argv, expected) => {
    await makeUser("EDITOR");
    const { lines, errors, out } = capture();
    expect(await runImport(db, argv, out)).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(expected);
    expect(errors[0]).not.toContain("\n");
    expect(lines).toEqual([]);
    expect(await db.article.count()).toBe(0);
  });

  it("fails a page it cannot place in an edition, with a line saying how to fix it", async () => {
    await makeUser("CHIEF_EDITOR");
    const { errors, lines, out } = capture();
    expect(await runImport(db, [PAGE, "--publish", "--page", "第03版 开发区"], out)).toBe(1);
    expect(errors).toEqual(["✖ [1/1] zhoukou-development-zone-page.txt: no edition date — pass --edition, or put the date in the file's name or the page header"]);
    expect(lines).toContain("Pages: 1 (0 imported, 0 already imported, 1 failed).");
    expect(await db.article.count()).toBe(0);
  });
});

describe("runImport: a folder of pages", () => {
  let folder: string;

  // An archive laid out as a newspaper group keeps it: a folder per day,
  // a file per page, and a file holding a whole edition.
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "copydesk-import-"));
    await mkdir(path.join(folder, "2024-06-05"));
    await cp(path.join(CORPUS, "01-city-daily-counties.txt"), path.join(folder, "2024-06-05", "第02版 县区新闻.txt"));
    await cp(path.join(CORPUS, "08-briefs.txt"), path.join(folder, "2024-06-05", "第07版 简讯.txt"));
    await cp(path.join(CORPUS, "07-edition-file.txt"), path.join(folder, "edition-2024-06-06.txt"));
    await writeFile(path.join(folder, "notes.md"), "not a page");
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const ARGS = () => [folder, "--publish", "--section", "news"];

  it("imports every page with progress lines and a summary, and a second run creates nothing", async () => {
    await makeUser("CHIEF_EDITOR");
    await makeSection(db, "news");
    const first = capture();
    expect(await runImport(db, ARGS(), first.out)).toBe(0);
    expect(first.errors).toEqual([]);

    // 2 single pages from their folder's date, and 3 pages of one edition file from their headers.
    const progress = first.lines.filter((l) => l.startsWith("["));
    expect(progress).toEqual([
      expect.stringMatching(/^\[1\/3\] 第02版 县区新闻\.txt → 2024-06-05 第2版 县区新闻: 4 articles, \d+ fields guessed, 0 fragments$/),
      expect.stringMatching(/^\[2\/3\] 第07版 简讯\.txt → 2024-06-05 第7版 简讯: 5 articles/),
      expect.stringMatching(/^\[3\/3\] edition-2024-06-06\.txt 2024年6月6日 星期四 第01版 要闻 → 2024-06-06 第1版 要闻: 2 articles/),
      expect.stringMatching(/^\[3\/3\] edition-2024-06-06\.txt 2024年6月6日 星期四 第02版 经济 → 2024-06-06 第2版 经济: 2 articles/),
      expect.stringMatching(/^\[3\/3\] edition-2024-06-06\.txt 2024年6月6日 星期四 第03版 文化 → 2024-06-06 第3版 文化: 2 articles/),
    ]);
    expect(first.lines).toContain("Pages: 5 (5 imported, 0 already imported, 0 failed).");
    expect(first.lines.find((l) => l.startsWith("Stories: "))).toMatch(/^Stories: 15 \(/);
    const articles = await db.article.count();
    expect(articles).toBe(15);
    expect(await db.importedPage.count()).toBe(5);
    const page = await db.article.findFirstOrThrow({ where: { headline: "城区新增公共停车位800个" } });
    expect(page).toMatchObject({ pageNumber: 2, pageName: "县区新闻", status: "PUBLISHED" });
    expect(page.editionDate?.toISOString().slice(0, 10)).toBe("2024-06-05");

    const second = capture();
    expect(await runImport(db, ARGS(), second.out)).toBe(0);
    expect(second.lines.filter((l) => l.startsWith("[")).every((l) => /→ already imported \(2024-06-0[56] 第\d版 \S+, \d articles, \d{4}-\d\d-\d\d\): skipped$/.test(l))).toBe(true);
    expect(second.lines).toContain("Pages: 5 (0 imported, 5 already imported, 0 failed).");
    expect(await db.article.count()).toBe(articles);
    expect(await db.importedPage.count()).toBe(5);
  });

  it("resumes after an interruption: the finished pages are skipped, the rest imported", async () => {
    await makeUser("CHIEF_EDITOR");
    await makeSection(db, "news");
    const stop = new AbortController();
    const interrupted = capture((line) => {
      if (line.startsWith("[1/3]")) stop.abort(); // Ctrl-C while the first page is written
    });
    expect(await runImport(db, ARGS(), interrupted.out, { signal: stop.signal })).toBe(1);
    expect(interrupted.lines).toContain("Stopped: every page above is complete. Run the same command again to resume; finished pages are skipped.");
    expect(interrupted.lines).toContain("Pages: 1 (1 imported, 0 already imported, 0 failed).");
    expect(await db.article.count()).toBe(4);

    const resumed = capture();
    expect(await runImport(db, ARGS(), resumed.out)).toBe(0);
    expect(resumed.lines).toContain("Pages: 5 (4 imported, 1 already imported, 0 failed).");
    expect(await db.article.count()).toBe(15);
  });

  it("keeps going past a page it must refuse, which creates nothing and is imported once fixed", async () => {
    await makeUser("CHIEF_EDITOR");
    await makeSection(db, "news");
    const broken = await mkdtemp(path.join(os.tmpdir(), "copydesk-import-"));
    try {
      await cp(path.join(CORPUS, "01-city-daily-counties.txt"), path.join(broken, "2024-06-05.txt"));
      // A story whose headline did not survive the OCR: the page is refused.
      const text = await readFile(path.join(CORPUS, "05-hongkong-traditional.txt"), "utf8");
      await writeFile(path.join(broken, "2024-08-15.txt"), text);
      const run = capture();
      expect(await runImport(db, [broken, "--publish"], run.out)).toBe(1);
      expect(run.errors).toEqual(["✖ [2/2] 2024-08-15.txt: import refused (invalid_input): article 4, headline: headline_required"]);
      expect(run.lines).toContain("Pages: 2 (1 imported, 0 already imported, 1 failed).");
      expect(await db.article.count()).toBe(4);
      expect(await db.importedPage.count()).toBe(1);

      await writeFile(path.join(broken, "2024-08-15.txt"), text.replace("本報訊（記者 陳美玲", "老字號餅店慶祝開業六十周年\n\n本報訊（記者 陳美玲"));
      const fixed = capture();
      expect(await runImport(db, [broken, "--publish"], fixed.out)).toBe(0);
      expect(fixed.lines).toContain("Pages: 2 (1 imported, 1 already imported, 0 failed).");
      expect(await db.article.count()).toBe(8);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });

  it("converts a traditional page for a simplified paper and lists the names to confirm", async () => {
    await makeUser("EDITOR");
    const { lines, out } = capture();
    expect(await runImport(db, [path.join(CORPUS, "12-taiwan-to-simplified.txt"), "--edition", "2024-07-18", "--convert", "tw"], out)).toBe(0);
    expect(lines).toContain("    name to confirm: 陳志明 → 陈志明 (contributor, article 1)");
    expect(lines).toContain("Fields guessed: 2. Fragments left unassigned: 0. Names to confirm: 2."); // the two headlines, set without marks
    expect(await db.article.findFirst({ where: { headline: "台北捷运环状线延伸段动工" } })).not.toBeNull();
  });
});

describe("parsePageLabel", () => {
  it("reads the page number and name the ways a page is labelled", () => {
    expect(parsePageLabel("第03版 开发区")).toEqual({ number: 3, name: "开发区" });
    expect(parsePageLabel("第12版开发区")).toEqual({ number: 12, name: "开发区" });
    expect(parsePageLabel("4 社会")).toEqual({ number: 4, name: "社会" });
    expect(parsePageLabel(" 第 1 版  要闻 ")).toEqual({ number: 1, name: "要闻" });
  });

  it("refuses a label without both", () => {
    for (const label of ["开发区", "第03版", "03", "", "第0版 要闻"]) expect(parsePageLabel(label), label).toBeUndefined();
  });
});

// The import command: the 开发区 page as drafts or published into its
// edition, who it acts as, and one clear line for every bad argument.
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { makeSection, makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { parsePageLabel, runImport } from "./cli";

const db = testDb();
beforeEach(() => resetDatabase(db));

const PAGE = path.join(process.cwd(), "prisma", "demo", "zhoukou-development-zone-page.txt");

function capture() {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: { log: (l: string) => lines.push(l), error: (l: string) => errors.push(l) } };
}

describe("runImport", () => {
  it("publishes the 开发区 page into the 2021-11-02 edition, page 3, as the first chief editor", async () => {
    await makeUser("EDITOR");
    const chief = await makeUser("CHIEF_EDITOR");
    const zone = await makeSection(db, "development-zone");
    const { lines, errors, out } = capture();

    const code = await runImport(db, [PAGE, "--edition", "2021-11-02", "--page", "第03版 开发区", "--publish", "--section", "development-zone"], out);

    expect(errors).toEqual([]);
    expect(code).toBe(0);
    const articles = await db.article.findMany({ orderBy: { publishedAt: "desc" } });
    expect(articles).toHaveLength(8);
    for (const a of articles) {
      expect(a).toMatchObject({ status: "PUBLISHED", pageNumber: 3, pageName: "开发区", sectionId: zone.id, createdById: chief.id });
      expect(a.editionDate?.toISOString().slice(0, 10)).toBe("2021-11-02");
    }
    expect(articles[0]).toMatchObject({ headline: "把会议精神转化为强大工作动力", placement: "LEAD" });

    expect(lines[0]).toBe(`Created 8 articles published in the 2021-11-02 edition, page 3 开发区, as ${chief.name} <${chief.email}>.`);
    expect(lines[1]).toBe("  5 news, 1 photo story, 1 commentary, 1 brief");
    expect(lines).toContain("  1. 把会议精神转化为强大工作动力");
    expect(lines).toContain("3 fragments left unassigned:");
    expect(lines.some((l) => l.startsWith("  - 三零目标"))).toBe(true);
    expect(lines.at(-1)).toMatch(/^\d+ importer notes to check in the desk\.$/);
  });

  it("creates drafts without --publish, as the first editor, in no edition", async () => {
    const editor = await makeUser("EDITOR");
    await makeUser("CHIEF_EDITOR");
    const { lines, out } = capture();

    expect(await runImport(db, [PAGE, "--edition", "2021-11-02", "--page", "第03版 开发区"], out)).toBe(0);
    const articles = await db.article.findMany();
    expect(articles).toHaveLength(8);
    for (const a of articles) {
      expect(a).toMatchObject({ status: "DRAFT", createdById: editor.id, editionDate: null, pageNumber: null, publishedAt: null, sectionId: null });
    }
    expect(lines[0]).toMatch(/^Created 8 articles as drafts, as /);
  });

  it("acts as the user named with --as, and refuses to publish as an editor", async () => {
    const editor = await makeUser("EDITOR");
    await makeUser("CHIEF_EDITOR");
    const { errors, out } = capture();

    const code = await runImport(db, [PAGE, "--edition", "2021-11-02", "--page", "第03版 开发区", "--publish", "--as", editor.email], out);
    expect(code).toBe(1);
    expect(errors).toEqual([`✖ ${editor.email} (EDITOR) may not publish an import`]);
    expect(await db.article.count()).toBe(0);
  });

  it("refuses clearly when there is nobody to act as", async () => {
    await makeUser("EDITOR");
    const { errors, out } = capture();
    expect(await runImport(db, [PAGE, "--edition", "2021-11-02", "--page", "第03版 开发区", "--publish"], out)).toBe(1);
    expect(errors).toEqual(["✖ no active chief editor to act as: pass --as <email>"]);
  });

  it.each([
    ["no file", ["--edition", "2021-11-02"], "give exactly one text file"],
    ["two files", [PAGE, PAGE, "--edition", "2021-11-02"], "give exactly one text file"],
    ["no edition", [PAGE], "--edition must be a date"],
    ["an impossible date", [PAGE, "--edition", "2021-02-30"], "--edition must be a date"],
    ["a page label without a name", [PAGE, "--edition", "2021-11-02", "--page", "第03版"], "--page must look like"],
    ["--publish without --page", [PAGE, "--edition", "2021-11-02", "--publish"], "--publish needs --page"],
    ["an unknown option", [PAGE, "--edition", "2021-11-02", "--pages", "3"], "Unknown option '--pages'"],
    ["a missing file", ["/no/such/page.txt", "--edition", "2021-11-02"], "cannot read /no/such/page.txt: no such file"],
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

// The demo's 2021-11-02 开发区 page (prisma/demo/) as OCR left it: 272
// half-width marks between Chinese characters, a `.....` for an ellipsis
// and nine paragraphs broken mid-sentence by column jumps. The checker must
// find them all, and Fix all must change those marks and nothing else.
import { readFileSync } from "node:fs";
import path from "node:path";
import { diffChars } from "diff";
import { describe, expect, it } from "vitest";
import { importPage } from "@/lib/import";
import { checkText } from "./check";
import { fixAll, fixPunctuation, PUNCTUATION_RULES } from "./fix";

const page = readFileSync(path.join(process.cwd(), "prisma", "demo", "zhoukou-development-zone-page.txt"), "utf8");
const FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）" };
const punctuation = (text: string) => checkText(text, { rules: PUNCTUATION_RULES });

/** What a character-level diff changed: only punctuation may appear in it. */
function changedCharacters(before: string, after: string): string {
  return diffChars(before, after)
    .filter((part) => part.added || part.removed)
    .map((part) => part.value)
    .join("");
}

describe("the seed page", () => {
  const findings = checkText(page);

  it("finds every one of the 272 half-width marks", () => {
    const marks = [...page.matchAll(/[,;:()]/g)].map((m) => m.index);
    expect(marks).toHaveLength(272);
    const found = new Set(findings.filter((f) => f.rule === "halfWidthPunctuation").map((f) => f.start));
    expect(marks.filter((i) => !found.has(i))).toEqual([]);
    expect(found.size).toBe(272);
  });

  it("finds the ellipsis written as five dots", () => {
    const at = page.indexOf(".....");
    expect(findings.filter((f) => f.rule === "ellipsis")).toMatchObject([{ start: at, end: at + 5, fix: "……" }]);
  });

  it("finds the nine paragraphs broken by column jumps, and no other", () => {
    const broken = findings.filter((f) => f.rule === "brokenParagraph").map((f) => page.slice(f.start, f.end).replace(/\s+/g, "|"));
    expect(broken).toEqual(["务|求", "刘|涛", "方|法", "认|清", "风|险", "专|项", "容|式", "限|整", "开|展"]);
  });

  it("after Fix all of the punctuation, has no punctuation finding left and not one other character changed", () => {
    const { text, changed } = fixAll(page, { rules: PUNCTUATION_RULES });
    expect(changed).toBe(273);
    expect(punctuation(text)).toEqual([]);
    expect(text).toBe(page.replace(/[,;:()]/g, (mark) => FULL[mark]!).replace(".....", "……"));
    expect(changedCharacters(page, text)).toMatch(/^[,;:()，；：（）.…]+$/);
  });
});

describe("the seed page's articles, as the demo imports them", () => {
  const { articles } = importPage(page, { editionDate: "2021-11-02" });

  it("are all checked: each body and headline fixed to no punctuation finding, changing marks only", () => {
    expect(articles.length).toBeGreaterThan(5);
    let marks = 0;
    for (const article of articles) {
      const body = article.paragraphs.join("\n\n");
      const fixedBody = fixAll(body, { rules: PUNCTUATION_RULES });
      expect(punctuation(fixedBody.text), article.headline).toEqual([]);
      expect(changedCharacters(body, fixedBody.text), article.headline).toMatch(/^[,;:()，；：（）.…]*$/);
      expect(fixedBody.text.replace(/[\p{P}]/gu, ""), article.headline).toBe(body.replace(/[\p{P}]/gu, ""));
      marks += fixedBody.changed;
      for (const line of [article.kicker, article.headline, article.subheadline, ...article.captions]) {
        if (line) expect(punctuation(fixAll(line, { field: "line", rules: PUNCTUATION_RULES }).text), line).toEqual([]);
      }
    }
    // The bylines' brackets are not in the bodies (the importer takes them out).
    expect(marks).toBeGreaterThan(240);
  });

  it("leave no broken paragraph: the importer joined them", () => {
    for (const article of articles) {
      expect(checkText(article.paragraphs.join("\n\n"), { rules: ["brokenParagraph"] }), article.headline).toEqual([]);
    }
  });
});

// The import desk's option (on by default): the page's punctuation is fixed
// before it is analysed. The importer reads both kinds of marks, so the
// page splits the same way and each body is its own punctuation fix.
describe("the seed page fixed before it is imported", () => {
  const fixed = fixPunctuation(page);
  const before = importPage(page, { editionDate: "2021-11-02" }).articles;
  const after = importPage(fixed.text, { editionDate: "2021-11-02" }).articles;

  it("splits into the same articles, with the same headlines, bylines and captions", () => {
    expect(fixed.changed).toBe(273);
    expect(after.map((a) => [a.headline, a.dateline, a.contributors, a.captions.length])).toEqual(before.map((a) => [a.headline, a.dateline, a.contributors, a.captions.length]));
  });

  it("gives each article the body the punctuation fix makes of it", () => {
    for (const [i, article] of after.entries()) {
      expect(article.paragraphs.join("\n\n"), article.headline).toBe(fixPunctuation(before[i]!.paragraphs.join("\n\n")).text);
    }
  });
});

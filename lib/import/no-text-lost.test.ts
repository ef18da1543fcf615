// Invariant test: every character of story text on the fixture page comes
// out exactly once, in an article field or a fragment. Markup is removed
// from the input explicitly here, so anything else missing or doubled fails.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importPage, type ImportResult } from "./index";

const FIXTURE = fileURLToPath(new URL("../../prisma/demo/zhoukou-development-zone-page.txt", import.meta.url));
const input = readFileSync(FIXTURE, "utf8");

// Tokens inside a byline bracket that are typesetting, not names.
const BYLINE_MARKUP = new Set(["记者", "通讯员", "摄影", "摄", "文", "图", "文/图", "記者", "通訊員", "攝影", "圖", "文/圖"]);

/** The input with markup taken out: `**`, heading `#`s, byline brackets, role words, credits. */
function storyText(raw: string): string {
  return raw
    .replace(/\*\*/g, "")
    .replace(/^#+/gm, "")
    .replace(/[(（]((?:记者|通讯员|記者|通訊員|摄影|攝影)[^)）]*)[)）]/g, (_all, list: string) =>
      list.split(/\s+/).filter((t) => !BYLINE_MARKUP.has(t)).join(""));
}

/** Everything the importer produced, each field and fragment once. */
function outputText(result: ImportResult): string {
  const parts: string[] = [];
  for (const a of result.articles) {
    parts.push(a.kicker ?? "", a.headline, a.subheadline ?? "", a.dateline, a.column ?? "", a.author ?? "");
    parts.push(...a.contributors.map((c) => c.name), ...a.paragraphs, ...a.captions);
  }
  parts.push(...result.fragments.map((f) => f.text));
  return parts.join("");
}

/** Multiset of non-whitespace characters (letters, digits and punctuation). */
function counts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of text.replace(/\s/g, "")) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Characters whose counts differ, as "字: in→out", for a readable failure. */
function difference(a: Map<string, number>, b: Map<string, number>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).map((k) => `${k}: ${a.get(k) ?? 0}→${b.get(k) ?? 0}`);
}

describe("no text lost", () => {
  it("outputs every character of the fixture's story text exactly once", () => {
    const result = importPage(input, { editionDate: "2021-11-02" });
    const source = counts(storyText(input));
    const produced = counts(outputText(result));
    expect(difference(source, produced)).toEqual([]);
    // Sanity: the page really is ~15 kB of text, not an empty comparison.
    expect([...source.values()].reduce((n, c) => n + c, 0)).toBeGreaterThan(4000);
  });

  it("holds for a page with kicker, captions, fragments and an agency dateline", () => {
    const page = [
      "页眉文字。", "", "引题在此", "", "# 主标题", "", "新华社北京11月1日电（记者 张三 王五 摄影 李四）正文开始,",
      "", "继续正文。", "", "", "", "图片说明一", "", "", "", "进而是碎片。后文继续。",
    ].join("\n");
    const result = importPage(page, { editionDate: "2021-11-02" });
    expect(difference(counts(storyText(page)), counts(outputText(result)))).toEqual([]);
  });
});

// Invariant test: every character of a page comes out exactly once, in an
// article field, a fragment, the page's furniture or the markup list, and
// the markup list holds only typesetting (brackets, role words, credits).

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { suspiciousMarkup, unaccounted } from "./corpus/accounting";
import { importPage, importPages } from "./index";

const FIXTURE = fileURLToPath(new URL("../../prisma/demo/zhoukou-development-zone-page.txt", import.meta.url));
const input = readFileSync(FIXTURE, "utf8");

describe("no text lost", () => {
  it("outputs every character of the fixture's story text exactly once", () => {
    const result = importPage(input, { editionDate: "2021-11-02" });
    expect(unaccounted(input, [result])).toEqual([]);
    expect(suspiciousMarkup([result])).toEqual([]);
    // Sanity: the page really is ~15 kB of text, not an empty comparison.
    expect(input.replace(/\s/g, "").length).toBeGreaterThan(4000);
  });

  it("holds for a page with kicker, captions, fragments and an agency dateline", () => {
    const page = [
      "页眉文字。", "", "引题在此", "", "# 主标题", "", "新华社北京11月1日电（记者 张三 王五 摄影 李四）正文开始,",
      "", "继续正文。", "", "", "", "图片说明一", "", "", "", "进而是碎片。后文继续。",
    ].join("\n");
    const result = importPage(page, { editionDate: "2021-11-02" });
    expect(unaccounted(page, [result])).toEqual([]);
  });

  it("holds for every new form: furniture, ■ captions, □ bylines, padded names, closing bylines, several pages", () => {
    const page = [
      "第01版 要闻",
      "全市安全生产工作会议召开",
      "李楚 卢新华 陈丽华参加",
      "本报讯（本报记者  刘岩松  通讯员  曾  强）6月5日，全市安全生产工作会议召开。",
      "会议要求压实责任。（下转第二版）",
      "■ 会议现场",
      "第02版 综合",
      "乡村里的新课堂",
      "口记者 王芳",
      "编者按：乡村教育一直是读者关心的话题。",
      "——编 者",
      "清晨七点，村小的铃声响起。（中新社记者 李明）",
      "值班编委/张广 本版编辑/陈广江",
    ].join("\n\n");
    const pages = importPages(page, { editionDate: "2024-06-06" });
    expect(pages).toHaveLength(2);
    expect(unaccounted(page, pages)).toEqual([]);
    expect(suspiciousMarkup(pages)).toEqual([]);
  });

  it("notices a lost character (the check itself works)", () => {
    const result = importPage("# 标题\n\n本报讯（记者 张三）正文。");
    const lossy = { ...result, articles: result.articles.map((a) => ({ ...a, paragraphs: ["正文"] })) };
    expect(unaccounted("# 标题\n\n本报讯（记者 张三）正文。", [lossy])).toEqual(["。: 1→0"]);
    expect(suspiciousMarkup([{ ...result, markup: ["记者", "张三"] }])).toEqual(["张三"]);
  });
});

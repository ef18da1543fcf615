import { describe, expect, it } from "vitest";
import { countText } from "./counts";

describe("countText (字数)", () => {
  it("counts each CJK character and leaves out punctuation and spaces", () => {
    expect(countText("开发区新建三座口袋公园。\n\n“公园”将于年底前开放！")).toMatchObject({ cjk: 20, words: 0, total: 20 });
  });

  it("counts a run of Latin letters or digits as one word (9:30 is two)", () => {
    expect(countText("The park opens in December, 2021 — at 9:30.")).toMatchObject({ cjk: 0, words: 9, total: 9 });
  });

  it("adds CJK characters and Latin words in mixed text", () => {
    // 2021 · 年 · 11 · 月 · 1 · 日 · GDP · 增 · 长 · 5 · 个 · 百 · 分 · 点
    expect(countText("2021年11月1日，GDP增长5个百分点")).toMatchObject({ cjk: 9, words: 5, total: 14 });
  });

  it("counts Japanese kana and Korean hangul as characters too", () => {
    expect(countText("ひらがな カタカナ 한국어")).toMatchObject({ cjk: 11, words: 0 });
  });

  it("treats accented Latin words as one word each", () => {
    expect(countText("Café déjà vu")).toMatchObject({ words: 3, cjk: 0 });
  });

  it("reads 400 CJK characters or 200 words a minute, rounding up, at least one minute for any text", () => {
    // Nothing to read takes no time: an empty draft shows no "about 1 min".
    expect(countText("").minutes).toBe(0);
    expect(countText("  ，。\n\n").minutes).toBe(0);
    expect(countText("字").minutes).toBe(1);
    expect(countText("字".repeat(400)).minutes).toBe(1);
    expect(countText("字".repeat(401)).minutes).toBe(2);
    expect(countText("word ".repeat(200)).minutes).toBe(1);
    expect(countText("word ".repeat(201)).minutes).toBe(2);
    // Half a minute of each adds up to one.
    expect(countText(`${"字".repeat(200)} ${"word ".repeat(100)}`).minutes).toBe(1);
    expect(countText("字".repeat(1234)).minutes).toBe(4);
  });
});

import { describe, expect, it } from "vitest";
import { checkText } from "../check";
import { fixAll } from "../fix";
import type { WordEntry } from "../types";
import { compileWords } from "../words/matcher";

const entries: WordEntry[] = [
  { term: "全网最低价", category: "BANNED", replacement: null, note: "广告法第九条" },
  { term: "最佳", category: "CAUTION", replacement: "较好", note: null },
  { term: "高考状元", category: "STANDARD", replacement: "高考最高分考生", note: null },
  { term: "好的很", category: "WRONG_FORM", replacement: "好得很", note: "的/地/得" },
  { term: "惟一", category: "VARIANT", replacement: "唯一", note: null },
  { term: "No.1", category: "CAUTION", replacement: null, note: null },
];
const words = compileWords(entries);

describe("word lists", () => {
  it("reports each category under its own rule and severity, with the entry's replacement and note", () => {
    const text = "全网最低价，最佳选择，高考状元说好的很，惟一的办法";
    const findings = checkText(text, { words });
    expect(findings.map((f) => [text.slice(f.start, f.end), f.rule, f.severity, f.fix])).toEqual([
      ["全网最低价", "wordBanned", "error", undefined],
      ["最佳", "wordCaution", "warning", "较好"],
      ["高考状元", "wordStandard", "error", "高考最高分考生"],
      ["好的很", "wordWrongForm", "error", "好得很"],
      ["惟一", "wordVariant", "warning", "唯一"],
    ]);
    expect(findings[0]!.params).toEqual({ term: "全网最低价", replacement: "", note: "广告法第九条" });
  });

  it("fixes all but the cautioned words, which depend on context", () => {
    expect(fixAll("最佳选择，好的很，惟一", { words }).text).toBe("最佳选择，好得很，唯一");
  });

  it("finds nothing without a list, and nothing inside an address", () => {
    expect(checkText("好的很", { rules: ["wordWrongForm"] })).toEqual([]);
    expect(checkText("见 http://example.com/No.1 或 top@No.1.cn", { words })).toEqual([]);
  });
});

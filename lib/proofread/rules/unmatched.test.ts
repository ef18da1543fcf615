import { describe, expect, it } from "vitest";
import { checkText } from "../check";
import { found } from "../expect";

const rule = "unmatchedPair" as const;

describe("unmatched paired marks", () => {
  it("reports an opener not closed and a closer not opened in the paragraph", () => {
    const text = "扛牢“四方责任，扎紧五个口袋。\n\n会议精神如图）。";
    const findings = checkText(text, { rules: [rule] });
    expect(findings.map((f) => [f.start, f.message, f.params?.mark])).toEqual([
      [2, "unmatchedOpen", "“"],
      [23, "unmatchedClose", "）"],
    ]);
    expect(findings.every((f) => f.fix === undefined && f.severity === "warning")).toBe(true);
  });

  it("checks each kind: 《》 【】 ‘’ and brackets in either width", () => {
    expect(found("学习《安全生产法。", rule)).toEqual([["《", undefined]]);
    expect(found("【快讯。", rule)).toEqual([["【", undefined]]);
    expect(found("精神（如图)。", rule)).toEqual([]);
  });

  it("lets a quotation run over paragraphs, each opening with “", () => {
    expect(found("他说：“第一段。\n\n“第二段。\n\n“第三段。”", rule)).toEqual([]);
  });

  it("lets a column jump split a pair", () => {
    expect(found("绿化带进行“整容\n\n式”改造升级。", rule)).toEqual([]);
  });

  it("leaves list numbers and apostrophes alone", () => {
    expect(found("1）加强领导。", rule)).toEqual([]);
    expect(found("China’s economy 中国经济。", rule)).toEqual([]);
  });
});

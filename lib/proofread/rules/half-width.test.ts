// GB/T 15834: half-width marks in Chinese text become full-width; numbers,
// times, addresses and Latin text keep theirs.
import { describe, expect, it } from "vitest";
import { checkText } from "../check";
import { found, fixed } from "../expect";

const rule = "halfWidthPunctuation" as const;

describe("half-width punctuation", () => {
  it("finds , ; : ? ! ( ) between Chinese characters, at the exact offsets", () => {
    const text = "会议强调,疫情防控要从严;要求:是否落实?坚决落实!会议精神(如图)。";
    const findings = checkText(text, { rules: [rule] });
    expect(findings.map((f) => [f.start, text.charAt(f.start), f.fix])).toEqual([
      [4, ",", "，"],
      [12, ";", "；"],
      [15, ":", "："],
      [20, "?", "？"],
      [25, "!", "！"],
      [30, "(", "（"],
      [33, ")", "）"],
    ]);
    expect(findings.every((f) => f.end === f.start + 1 && f.severity === "error" && f.message === "halfWidth")).toBe(true);
    expect(fixed(text, rule)).toBe("会议强调，疫情防控要从严；要求：是否落实？坚决落实！会议精神（如图）。");
  });

  it("finds a mark with Chinese on one side only, also past spaces", () => {
    expect(found("10月28日,开发区", rule)).toEqual([[",", "，"]]);
    expect(found("他说OK,我们走", rule)).toEqual([[",", "，"]]);
    expect(found("**本报讯** (记者 郭坤)11月1日", rule)).toEqual([["(", "（"], [")", "）"]]);
  });

  it("leaves thousands separators, times and ratios alone", () => {
    expect(found("共为辖区群众上牌25,840辆", rule)).toEqual([]);
    expect(found("上午11:30开会", rule)).toEqual([]);
    expect(found("时间:11:30", rule)).toEqual([[":", "："]]);
  });

  it("leaves web and e-mail addresses alone, but not the sentence's marks after them", () => {
    expect(found("详见https://example.com/a?b=1,c=2,欢迎访问", rule)).toEqual([[",", "，"]]);
    expect(found("网址:www.example.com:8080/x", rule)).toEqual([[":", "："]]);
    expect(found("来信请寄news@example.com,谢谢", rule)).toEqual([[",", "，"]]);
  });

  it("leaves runs of Latin text alone", () => {
    expect(found("他引用了 Hello, world! 这句话。", rule)).toEqual([]);
    expect(found("Windows(R) 系统", rule)).toEqual([]);
    expect(found("The C; D: E? F! 中文", rule)).toEqual([]);
  });

  it("converts a bracket pair whole when either bracket is Chinese", () => {
    expect(fixed("新冠肺炎(COVID-19)疫情", rule)).toBe("新冠肺炎（COVID-19）疫情");
    expect(fixed("他说(see Fig. 1)", rule)).toBe("他说（see Fig. 1）");
    expect(fixed("（如图)", rule)).toBe("（如图）");
    expect(fixed("(1)加强领导", rule)).toBe("（1）加强领导");
  });
});

// An article checked whole: each line on its own (no layout rules on a
// headline), findings ignored per field, the error rate over every field,
// and what a round fixed counted by rule and text, not by offset.
import { describe, expect, it } from "vitest";
import { compileWords } from "../words/matcher";
import { checkArticle, countFixed, fieldTexts } from "./check";

const texts = {
  kicker: "开发区召开会议",
  headline: "把会议精神转化为强大工作动力,开创新局面",
  subheadline: null,
  body: "会议强调,要从严。\n\n会议要求,要从快。",
  captions: ["图为会议现场(郭坤 摄)", ""],
};

describe("checking an article", () => {
  it("checks the lines and the body, each on its own, and skips empty ones", () => {
    expect(fieldTexts(texts).map((f) => [f.field, f.index])).toEqual([["kicker", 0], ["headline", 0], ["body", 0], ["caption", 0]]);
    const { open, ignored, rate } = checkArticle(texts);
    expect(open.map((f) => [f.field, f.rule, f.match])).toEqual([
      ["headline", "halfWidthPunctuation", ","],
      ["body", "halfWidthPunctuation", ","],
      ["body", "halfWidthPunctuation", ","],
      ["caption", "halfWidthPunctuation", "("],
      ["caption", "halfWidthPunctuation", ")"],
    ]);
    expect(ignored).toEqual([]);
    expect(rate.errors).toBe(5);
    expect(rate.perTenThousand).toBeCloseTo((5 * 10_000) / rate.characters);
    expect(new Set(open.map((f) => f.key)).size).toBe(open.length);
  });

  it("sets aside what the article keeps, in the field it was kept in", () => {
    const ignores = [
      { field: "body" as const, rule: "halfWidthPunctuation" as const, match: ",", before: "会议强调", after: "要从严。" },
      { field: "caption" as const, rule: "halfWidthPunctuation" as const, match: "(" },
    ];
    const { open, ignored } = checkArticle(texts, { ignores });
    expect(ignored.map((f) => [f.field, f.start])).toEqual([["body", 4], ["caption", 6]]);
    expect(open.filter((f) => f.field === "body").map((f) => f.start)).toEqual([15]);
    expect(open.some((f) => f.field === "headline")).toBe(true);
  });

  it("checks the newsroom's words in every field", () => {
    const words = compileWords([{ term: "强大", category: "CAUTION" }]);
    expect(checkArticle(texts, { words }).open.filter((f) => f.rule === "wordCaution").map((f) => f.field)).toEqual(["headline"]);
  });

  it("counts as fixed what is gone from a field, by rule and text", () => {
    const before = checkArticle(texts).open;
    const after = checkArticle({ ...texts, body: "新加一段。\n\n会议强调，要从严。\n\n会议要求,要从快。" }).open;
    expect(countFixed(before, after)).toBe(1);
    expect(countFixed(before, before)).toBe(0);
  });
});

// GB/T 15835-2011: the number rules a machine can check.
import { describe, expect, it } from "vitest";
import { found, fixed } from "../expect";
import { times } from "./numbers";

describe("顿号 in an approximate range", () => {
  const rule = "rangeComma" as const;

  it("drops the 顿号 between two neighbouring numerals giving an estimate", () => {
    expect(found("来了五、六十人", rule)).toEqual([["五、六", "五六"]]);
    expect(fixed("孩子七、八岁，住了三、四天", rule)).toBe("孩子七八岁，住了三四天");
    expect(fixed("两、三个", rule)).toBe("两三个");
  });

  it("leaves lists, ordinals and numbers that are not neighbours", () => {
    expect(found("第一、二季度", rule)).toEqual([]);
    expect(found("一、二年级的学生", rule)).toEqual([]);
    expect(found("三、五个", rule)).toEqual([]);
    expect(found("一、加强领导", rule)).toEqual([]);
  });
});

describe("约 with 左右", () => {
  const rule = "approximateRedundant" as const;

  it("keeps 约 and drops 左右", () => {
    expect(found("约50人左右参加", rule)).toEqual([["约50人左右", "约50人"]]);
    expect(fixed("大约3000万元左右", rule)).toBe("大约3000万元");
    expect(fixed("约有三千人左右", rule)).toBe("约有三千人");
  });

  it("leaves either one alone, and 约 that is not about numbers", () => {
    expect(found("约50人参加", rule)).toEqual([]);
    expect(found("50人左右参加", rule)).toEqual([]);
    expect(found("约定俗成，左右为难", rule)).toEqual([]);
    expect(found("约50人，左右两侧", rule)).toEqual([]);
  });
});

describe("digits mixed with 十, 百, 千", () => {
  const rule = "mixedNumerals" as const;

  it("writes the number out", () => {
    expect(found("有3千人参加", rule)).toEqual([["3千", "3000"]]);
    expect(fixed("1.5千米，5百万元，3千万", rule)).toBe("1500米，500万元，3000万");
    expect(fixed("2十多年", rule)).toBe("20多年");
  });

  it("leaves 万 and 亿, percentages, and model names", () => {
    expect(found("3万人，1.2亿元，增长2百分点", rule)).toEqual([]);
    expect(found("T3千型", rule)).toEqual([]);
  });

  it("multiplies decimals exactly", () => {
    expect(times("1.2345", 3)).toBe("1234.5");
    expect(times("0.5", 1)).toBe("5");
    expect(times("007", 2)).toBe("700");
  });
});

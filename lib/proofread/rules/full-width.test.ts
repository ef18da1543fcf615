import { describe, expect, it } from "vitest";
import { found, fixed } from "../expect";

const rule = "fullWidthAlphanumeric" as const;

describe("full-width digits and letters", () => {
  it("makes them half-width, a point between digits too", () => {
    expect(found("２０２１年ＧＤＰ增长", rule)).toEqual([["２０２１", "2021"], ["ＧＤＰ", "GDP"]]);
    expect(fixed("增长３．５％", rule)).toBe("增长3.5％");
  });

  it("leaves half-width digits and full-width punctuation", () => {
    expect(found("2021年，GDP增长3.5%。", rule)).toEqual([]);
  });
});

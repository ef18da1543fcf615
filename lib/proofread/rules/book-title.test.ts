import { describe, expect, it } from "vitest";
import { found, fixed } from "../expect";

const rule = "bookTitleMarks" as const;

describe("title marks", () => {
  it("turns <<…>> and «…» around Chinese into 《…》, one finding per mark", () => {
    expect(found("学习<<安全生产法>>精神", rule)).toEqual([["<<", "《"], [">>", "》"]]);
    expect(fixed("学习<<安全生产法>>精神", rule)).toBe("学习《安全生产法》精神");
    expect(fixed("读«人民日报»", rule)).toBe("读《人民日报》");
    expect(fixed("读<<China Daily>>报道", rule)).toBe("读《China Daily》报道");
  });

  it("leaves shifts and Latin text alone", () => {
    expect(found("x << 2 >> 1", rule)).toEqual([]);
    expect(found("see <<Hamlet>> by Shakespeare", rule)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { checkText } from "../check";
import { found, fixed } from "../expect";

const rule = "doubledPunctuation" as const;

describe("doubled punctuation", () => {
  it("keeps one of a doubled mark", () => {
    expect(found("会议强调，，疫情防控", rule)).toEqual([["，，", "，"]]);
    expect(fixed("完成任务。。", rule)).toBe("完成任务。");
    expect(fixed("一件、、一件", rule)).toBe("一件、一件");
  });

  it("queries two different marks without choosing", () => {
    const [finding] = checkText("会议强调，。疫情", { rules: [rule] });
    expect(finding).toMatchObject({ start: 4, end: 6, message: "doubledMixed", severity: "warning" });
    expect(finding!.fix).toBeUndefined();
  });

  it("leaves 。。。 (an ellipsis), ！！ and ？！", () => {
    expect(found("还有。。。", rule)).toEqual([]);
    expect(found("太好了！！真的吗？！", rule)).toEqual([]);
  });

  it("settles a half-width and a full-width comma in two rounds of Fix all", async () => {
    const { fixAll } = await import("../fix");
    expect(fixAll("会议强调,，疫情", { rules: ["halfWidthPunctuation", rule] })).toEqual({ text: "会议强调，疫情", changed: 2 });
  });
});

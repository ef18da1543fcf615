import { describe, expect, it } from "vitest";
import { checkText } from "../check";
import { found, fixed } from "../expect";

const rule = "dash" as const;

describe("dash", () => {
  it("turns -- and runs of dashes in Chinese text into ——", () => {
    expect(fixed("这就是--开发区", rule)).toBe("这就是——开发区");
    expect(fixed("这就是－－开发区", rule)).toBe("这就是——开发区");
    expect(fixed("这就是———开发区", rule)).toBe("这就是——开发区");
    expect(fixed("这就是──开发区", rule)).toBe("这就是——开发区");
  });

  it("only queries a single —, which may be a connector (北京—上海)", () => {
    const [finding] = checkText("北京—上海", { rules: [rule] });
    expect(finding).toMatchObject({ start: 2, end: 3, severity: "warning", message: "singleDash", fix: "——" });
  });

  it("leaves ——, ranges of numbers, and Latin text", () => {
    expect(found("这就是——开发区", rule)).toEqual([]);
    expect(found("2020—2021年", rule)).toEqual([]);
    expect(found("run it with --verbose now", rule)).toEqual([]);
  });
});

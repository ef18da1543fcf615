import { describe, expect, it } from "vitest";
import { checkText } from "../check";
import { found } from "../expect";
import { fixAll } from "../fix";

const rule = "traditionalCharacter" as const;

describe("traditional characters", () => {
  it("flags each stretch of traditional characters with its simplified form", () => {
    expect(found("開發區召開會議", rule)).toEqual([["開發區", "开发区"], ["開會議", "开会议"]]);
    expect(found("开发区召開会议", rule)).toEqual([["開", "开"]]);
    expect(found("著名作家於謙說", rule)).toEqual([["於謙說", "于谦说"]]);
  });

  it("leaves simplified text, and phrases OpenCC keeps (乾隆, 著名)", () => {
    expect(found("开发区召开会议，乾隆年间的著名作家", rule)).toEqual([]);
    expect(found("什么这里后来", rule)).toEqual([]);
  });

  it("offers the fix one at a time but never in Fix all, since names keep their form", () => {
    const text = "區領導於謙出席";
    expect(checkText(text, { rules: [rule] }).every((f) => f.fix && f.severity === "warning")).toBe(true);
    expect(fixAll(text)).toEqual({ text, changed: 0 });
  });

  it("keeps offsets exact around characters outside the BMP", () => {
    const text = "𠮷野家開業";
    const [finding] = checkText(text, { rules: [rule] });
    expect(text.slice(finding!.start, finding!.end)).toBe("開業");
  });
});

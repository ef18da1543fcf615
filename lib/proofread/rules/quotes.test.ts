import { describe, expect, it } from "vitest";
import { checkText } from "../check";
import { found, fixed } from "../expect";

const rule = "straightQuotes" as const;

describe("straight quotes", () => {
  it("pairs straight quotes in order into “” and ‘’", () => {
    expect(fixed('扛牢"四方责任",扎紧"五个口袋"', rule)).toBe("扛牢“四方责任”,扎紧“五个口袋”");
    expect(fixed("他说:\"这是'三标'活动。\"", rule)).toBe("他说:“这是‘三标’活动。”");
    expect(fixed('他说:"OK"', rule)).toBe("他说:“OK”");
  });

  it("pairs across a column jump, which does not end the paragraph", () => {
    expect(fixed('进行"整容\n\n式"改造升级，', rule)).toBe("进行“整容\n\n式”改造升级，");
  });

  it("reports a quote without a partner, with no fix", () => {
    const findings = checkText('他说:"好的。', { rules: [rule] });
    expect(findings).toMatchObject([{ start: 3, end: 4, message: "unpairedQuote" }]);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it("leaves English quotes and apostrophes alone", () => {
    expect(found('He said "fine" and left.', rule)).toEqual([]);
    expect(found("中国报道 China's economy, don't", rule)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { found, fixed } from "../expect";

const rule = "ellipsis" as const;

describe("ellipsis", () => {
  it("turns dots, 。。。, a single … and ··· into ……", () => {
    expect(fixed("他说...我们走", rule)).toBe("他说……我们走");
    expect(fixed("等等.....", rule)).toBe("等等……");
    expect(fixed("还有。。。", rule)).toBe("还有……");
    expect(fixed("还有…", rule)).toBe("还有……");
    expect(fixed("还有···", rule)).toBe("还有……");
  });

  it("finds a line of dots standing alone (an editor's cut)", () => {
    const text = "进行集中清理；\n\n.....\n\n“创文”各项工作";
    expect(found(text, rule)).toEqual([[".....", "……"]]);
    expect(text.indexOf(".....")).toBe(9);
  });

  it("leaves …… and ………… (a paragraph left out), and dots in English", () => {
    expect(found("他说……我们走。…………", rule)).toEqual([]);
    expect(found("He waited... and left.", rule)).toEqual([]);
    expect(found("He waited… and left.", rule)).toEqual([]);
    expect(found("见 www.example.com/a...b", rule)).toEqual([]);
  });
});

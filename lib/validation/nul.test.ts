import { describe, expect, it } from "vitest";
import { findNul } from "./nul";

describe("findNul", () => {
  it("names the field that holds U+0000, however deep", () => {
    expect(findNul({ headline: "开发区\u0000" })).toBe("headline");
    expect(findNul({ contributors: [{ name: "郭坤" }, { name: "a\u0000" }] })).toBe("contributors.1.name");
    expect(findNul("\u0000")).toBe("form");
    const form = new FormData();
    form.set("title", "x\u0000y");
    expect(findNul(form)).toBe("title");
  });

  it("lets everything else through, CJK and control characters people do type included", () => {
    expect(findNul({ headline: "开发区\t新闻\r\n", n: 3, ok: true, none: null, list: ["𠮷"] })).toBeNull();
    expect(findNul(new FormData())).toBeNull();
  });
});

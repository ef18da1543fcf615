import { describe, expect, it } from "vitest";
import { contentLang } from "./content-lang";

describe("contentLang", () => {
  it("marks Chinese text in the English interface, and nothing else", () => {
    expect(contentLang("把会议精神转化为强大工作动力", "en")).toBe("zh-CN");
    expect(contentLang("Zhoukou opens a night market 夜市", "en")).toBe("zh-CN");
    expect(contentLang("Zhoukou opens a night market", "en")).toBeUndefined();
    expect(contentLang("把会议精神转化为强大工作动力", "zh-CN")).toBeUndefined();
    expect(contentLang(null, "en")).toBeUndefined();
  });
});

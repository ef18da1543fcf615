// Column jumps and OCR spacing in body text; headlines and captions ("line")
// are left to their own conventions.
import { describe, expect, it } from "vitest";
import { checkText } from "../check";
import { found, fixed } from "../expect";

describe("broken paragraphs", () => {
  const rule = "brokenParagraph" as const;

  it("finds prose stopping mid-sentence, covering the characters either side of the break", () => {
    const text = "会议强调,头脑要清醒,形势要认\n\n清。要坚持防控策略不动摇。";
    const [finding] = checkText(text, { rules: [rule] });
    expect(finding).toMatchObject({ start: 14, end: 18, fix: "认清", severity: "warning", params: { before: "醒,形势要认", after: "清。要坚持防" } });
    expect(text.slice(14, 18)).toBe("认\n\n清");
  });

  it("joins with a space only between Latin words", () => {
    const fix = (text: string) => checkText(text, { rules: [rule] })[0]?.fix;
    expect(fix("他说，这款 iPhone\n\n手机，好用。")).toBe("e手");
    expect(fix("他说，这款 new\n\nphone，好用。")).toBe("w p");
  });

  it("finds a break inside a quotation, and one whose next line starts with a lone character", () => {
    expect(found("区公用事业管理中心对绿化带进行“整容\n\n式”改造升级。", rule)).toEqual([["容\n\n式", "容式"]]);
    expect(found("为推进除患排险专项行动深入开\n\n展，10月28日，开发区召开会议。", rule)).toEqual([["开\n\n展", "开展"]]);
  });

  it("leaves ended paragraphs, titles and captions, bylines, headings and list items", () => {
    expect(found("第一段结束。\n\n第二段。", rule)).toEqual([]);
    expect(found("他说：“好。”\n\n第二段。", rule)).toEqual([]);
    expect(found("会议要求如下：\n\n一、加强领导。", rule)).toEqual([]);
    expect(found("维修破损路面\n\n为窨井安装防坠网", rule)).toEqual([]);
    expect(found("本报讯（记者 郭坤）\n\n安全无小事，责任大于天。", rule)).toEqual([]);
    expect(found("## 开发区，安全生产\n\n安全无小事。", rule)).toEqual([]);
    expect(found("主要措施\n\n一、加强领导。", rule)).toEqual([]);
    expect(found("进行集中清理，\n\n.....\n\n下一段。", rule)).toEqual([]);
  });

  it("is not checked in headlines and captions", () => {
    expect(found("会议强调,形势要认\n清", rule, { field: "line" })).toEqual([]);
  });
});

describe("spaces between Chinese characters", () => {
  const rule = "spaceBetweenChinese" as const;

  it("removes spaces between Chinese characters and beside Chinese punctuation", () => {
    expect(found("开发区 召开会议", rule)).toEqual([[" ", ""]]);
    expect(fixed("开发区\u3000召开会议 。", rule)).toBe("开发区召开会议。");
  });

  it("never touches spaces between Chinese and Latin or digits, nor the indent", () => {
    expect(found("使用 iPhone 手机，增长 5 个百分点", rule)).toEqual([]);
    expect(found("\u3000\u3000开发区召开会议。", rule)).toEqual([]);
  });

  it("is not checked in headlines, which space their parts", () => {
    expect(found("交流理清思路 畅谈碰撞火花", rule, { field: "line" })).toEqual([]);
  });

  it("never adds a space anywhere (pangu-style spacing is wrong for print)", async () => {
    const { fixAll } = await import("../fix");
    const text = "使用iPhone手机，增长5个百分点,GDP达到3千亿";
    const { text: out } = fixAll(text);
    expect(out.split(" ").length).toBe(text.split(" ").length);
  });
});

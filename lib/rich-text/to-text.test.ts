import { describe, expect, it } from "vitest";
import { plainToRichText } from "./from-text";
import { richDocSchema, MAX_DOC_BYTES, type RichNode } from "./schema";
import { richTextToPlain } from "./to-text";

const text = (value: string, marks?: unknown[]) => ({ type: "text" as const, text: value, ...(marks ? { marks } : {}) });
const p = (...content: ReturnType<typeof text>[]) => ({ type: "paragraph" as const, content });

describe("richTextToPlain", () => {
  it("gives one paragraph per block, blank lines between", () => {
    const doc = {
      type: "doc" as const,
      content: [
        { type: "heading" as const, attrs: { level: 2 }, content: [text("小标题")] },
        p(text("第一段，"), text("加粗", [{ type: "bold" }]), text("。")),
        { type: "bulletList" as const, content: [{ type: "listItem" as const, content: [p(text("一"))] }, { type: "listItem" as const, content: [p(text("二"))] }] },
        { type: "blockquote" as const, content: [p(text("引语"))] },
        { type: "figure" as const, attrs: { src: "/media/x", caption: "图片说明" } },
        { type: "paragraph" as const },
        { type: "paragraph" as const, content: [text("上行"), { type: "hardBreak" as const }, text("下行")] },
      ],
    };
    expect(richTextToPlain(doc as RichNode)).toBe("小标题\n\n第一段，加粗。\n\n一\n\n二\n\n引语\n\n上行\n下行");
  });

  it("round-trips a plain body through the editor's document", () => {
    const body = "11月1日，开发区宣布新建三座口袋公园。\n\n公园将于年底前\n全部开放。";
    expect(richTextToPlain(plainToRichText(body))).toBe(body);
    expect(plainToRichText("")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    expect(plainToRichText("a\r\n\r\n\r\nb").content).toHaveLength(2);
  });
});

describe("richDocSchema", () => {
  it("accepts what the editor makes, and a converted plain body", () => {
    expect(richDocSchema.safeParse(plainToRichText("一段。\n\n两段。")).success).toBe(true);
    const doc = { type: "doc", content: [{ type: "heading", attrs: { level: 3, id: null }, content: [text("x", [{ type: "italic" }])] }] };
    expect(richDocSchema.safeParse(doc).success).toBe(true);
  });

  it.each([
    ["an unknown node", { type: "doc", content: [{ type: "table" }] }],
    ["an unknown mark", { type: "doc", content: [p(text("x", [{ type: "underline" }]))] }],
    ["a level-1 heading", { type: "doc", content: [{ type: "heading", attrs: { level: 1 }, content: [text("x")] }] }],
    ["a list inside a paragraph", { type: "doc", content: [{ type: "paragraph", content: [{ type: "bulletList" }] }] }],
    ["an empty text node", { type: "doc", content: [p(text(""))] }],
    ["a root that is not a doc", p(text("x"))],
    ["a string", "<p>x</p>"],
  ])("refuses %s", (_, value) => {
    expect(richDocSchema.safeParse(value).success).toBe(false);
  });

  it("refuses a document over 500 kB, and one nested without end", () => {
    const big = { type: "doc", content: [p(text("字".repeat(MAX_DOC_BYTES / 3 + 10)))] };
    expect(richDocSchema.safeParse(big).error?.issues[0]?.message).toBe("too_long");
    let deep: Record<string, unknown> = p(text("x"));
    for (let i = 0; i < 5000; i++) deep = { type: "blockquote", content: [deep] };
    expect(richDocSchema.safeParse({ type: "doc", content: [deep] }).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import type { RevisionSnapshot } from "./snapshot";
import { collapse, compareSnapshots, diffText, isMostlyCjk, type Segment } from "./diff";

const text = (segments: Segment[], kind: "same" | "ins" | "del") =>
  segments.flatMap((s) => (s.kind === kind ? [s.text] : []));
/** The new text back from a diff: everything but the deletions. */
const newText = (segments: Segment[]) => segments.map((s) => (s.kind === "same" || s.kind === "ins" ? s.text : "")).join("");

describe("isMostlyCjk", () => {
  it("looks at letters only, not punctuation or spaces", () => {
    expect(isMostlyCjk("11月1日，开发区宣布新建公园。")).toBe(true);
    expect(isMostlyCjk("The park opens in Zhoukou (周口).")).toBe(false);
    expect(isMostlyCjk("GDP增长5%")).toBe(false);
    expect(isMostlyCjk("")).toBe(false);
  });
});

describe("diffText", () => {
  it("compares CJK text character by character", () => {
    const segments = diffText("开发区新建三座公园", "开发区新建五座口袋公园");
    expect(segments).toEqual([
      { kind: "same", text: "开发区新建" },
      { kind: "del", text: "三" },
      { kind: "ins", text: "五" },
      { kind: "same", text: "座" },
      { kind: "ins", text: "口袋" },
      { kind: "same", text: "公园" },
    ]);
  });

  it("compares Latin text word by word, keeping the spaces", () => {
    const segments = diffText("The park opens in May.", "The new park opens in June.");
    expect(text(segments, "del")).toEqual(["May"]);
    expect(text(segments, "ins")).toEqual(["new ", "June"]);
    // Nothing is lost: the old text is the same + del parts, the new the same + ins parts.
    expect(segments.map((s) => (s.kind === "same" || s.kind === "del" ? s.text : "")).join("")).toBe("The park opens in May.");
    expect(newText(segments)).toBe("The new park opens in June.");
  });

  it("handles empty sides and equal texts", () => {
    expect(diffText("", "")).toEqual([]);
    expect(diffText("", "新")).toEqual([{ kind: "ins", text: "新" }]);
    expect(diffText("旧", "")).toEqual([{ kind: "del", text: "旧" }]);
    expect(diffText("同", "同")).toEqual([{ kind: "same", text: "同" }]);
  });
});

describe("collapse", () => {
  const long = "甲".repeat(100);

  it("keeps context around a change and turns the rest into a gap", () => {
    const segments: Segment[] = [
      { kind: "same", text: `${long}前文` },
      { kind: "ins", text: "新" },
      { kind: "same", text: `后文${long}` },
    ];
    expect(collapse(segments, 2)).toEqual([
      { kind: "gap" },
      { kind: "same", text: "前文" },
      { kind: "ins", text: "新" },
      { kind: "same", text: "后文" },
      { kind: "gap" },
    ]);
  });

  it("keeps both ends of an unchanged stretch between two changes", () => {
    const segments: Segment[] = [{ kind: "del", text: "旧" }, { kind: "same", text: `头${long}尾` }, { kind: "ins", text: "新" }];
    expect(collapse(segments, 1)).toEqual([
      { kind: "del", text: "旧" },
      { kind: "same", text: "头" },
      { kind: "gap" },
      { kind: "same", text: "尾" },
      { kind: "ins", text: "新" },
    ]);
  });

  it("leaves short stretches whole", () => {
    const segments: Segment[] = [{ kind: "same", text: "短短的一句话" }, { kind: "ins", text: "新" }];
    expect(collapse(segments, 30)).toEqual(segments);
  });

  it("shows the beginning and end of a field that did not change", () => {
    expect(collapse([{ kind: "same", text: `开头${long}结尾` }], 2)).toEqual([
      { kind: "same", text: "开头" },
      { kind: "gap" },
      { kind: "same", text: "结尾" },
    ]);
  });

  it("never cuts a character outside the BMP in half", () => {
    const [, , last] = collapse([{ kind: "same", text: "𠮷".repeat(50) }], 3);
    expect(last).toEqual({ kind: "same", text: "𠮷𠮷𠮷" });
  });
});

describe("compareSnapshots", () => {
  const base: RevisionSnapshot = {
    bodyJson: null,
    kicker: null,
    headline: "开发区新建三座口袋公园",
    subheadline: null,
    dateline: "本报讯",
    summary: null,
    body: "公园将于年底前开放。",
    contributors: [{ name: "郭坤", role: "REPORTER", credit: "TEXT" }],
  };

  it("diffs every text field and the byline, and says which changed", () => {
    const after = { ...base, kicker: "民生实事", contributors: [...base.contributors, { name: "曹文娟", role: "CORRESPONDENT", credit: "TEXT" }] };
    const fields = compareSnapshots(base, after);
    expect(fields.map((f) => [f.field, f.changed])).toEqual([
      ["kicker", true],
      ["headline", false],
      ["subheadline", false],
      ["dateline", false],
      ["byline", true],
      ["summary", false],
      ["body", false],
    ]);
    expect(text(fields.find((f) => f.field === "kicker")!.segments, "ins")).toEqual(["民生实事"]);
    const byline = fields.find((f) => f.field === "byline")!.segments;
    expect(newText(byline)).toBe("(记者 郭坤 通讯员 曹文娟 文)");
    expect(text(byline, "del")).toEqual([]);
  });
});

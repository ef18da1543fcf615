// Fixes replace exactly their span; Fix all settles in rounds and keeps to
// the rules that allow it; ignores survive typing elsewhere.
import { describe, expect, it } from "vitest";
import { checkText } from "./check";
import { applyFix, applyFixes, fixAll, fixPunctuation } from "./fix";
import { ignoreFor, isIgnored, withoutIgnored } from "./ignore";
import { errorRate } from "./rate";

describe("applying fixes", () => {
  it("applies one fix and leaves every other character where it was", () => {
    const text = "会议强调,疫情防控要从严,确保安全。";
    const [first] = checkText(text);
    expect(applyFix(text, first!)).toBe("会议强调，疫情防控要从严,确保安全。");
  });

  it("skips a fix that overlaps an earlier one", () => {
    const text = "甲乙丙丁";
    const a = { start: 0, end: 2, rule: "dash", severity: "error", message: "dash", fix: "X" } as const;
    const b = { ...a, start: 1, end: 3, fix: "Y" };
    const c = { ...a, start: 3, end: 4, fix: "Z" };
    expect(applyFixes(text, [c, b, a])).toEqual({ text: "X丙Z", applied: 2 });
  });

  it("fixes all of one kind, leaving the other kinds", () => {
    const text = "他说,“好的...”还有:";
    expect(fixAll(text, { rules: ["ellipsis"] })).toEqual({ text: "他说,“好的……”还有:", changed: 1 });
  });

  it("leaves out what the caller filters, e.g. ignored findings", () => {
    const text = "甲,乙,丙";
    const select = (f: { start: number }) => f.start !== 1;
    expect(fixAll(text, { select })).toEqual({ text: "甲,乙，丙", changed: 1 });
  });

  it("fixPunctuation gives the importer the text and how many marks changed", () => {
    expect(fixPunctuation("截至11月1日,两个办事处共上牌25,840辆.....")).toEqual({
      text: "截至11月1日，两个办事处共上牌25,840辆……",
      changed: 2,
    });
    expect(fixPunctuation("区领导刘\n\n涛出席 会议")).toEqual({ text: "区领导刘\n\n涛出席 会议", changed: 0 });
  });
});

describe("ignoring", () => {
  const text = "最佳方案。\n\n另一个最佳方案。";

  it("ignores every finding of a rule on the same text", () => {
    const findings = checkText(text, { rules: ["halfWidthPunctuation"] }).concat([
      { start: 0, end: 2, rule: "wordCaution", severity: "warning", message: "wordCaution" },
      { start: 10, end: 12, rule: "wordCaution", severity: "warning", message: "wordCaution" },
    ]);
    const everywhere = ignoreFor(text, findings[0]!, "everywhere");
    expect(everywhere).toEqual({ rule: "wordCaution", match: "最佳" });
    expect(withoutIgnored(text, findings, [everywhere])).toEqual([]);
  });

  it("ignores one occurrence by its surroundings, which typing elsewhere does not change", () => {
    const first = { start: 0, end: 2, rule: "wordCaution", severity: "warning", message: "wordCaution" } as const;
    const second = { ...first, start: 10, end: 12 };
    const ignore = ignoreFor(text, second, "occurrence");
    expect(ignore).toEqual({ rule: "wordCaution", match: "最佳", before: "另一个", after: "方案。" });
    expect(isIgnored(text, first, [ignore])).toBe(false);
    expect(isIgnored(text, second, [ignore])).toBe(true);
    // Text typed in the first paragraph moves the offsets, not the surroundings.
    const edited = "这是最佳方案。\n\n另一个最佳方案。";
    expect(isIgnored(edited, { ...second, start: 12, end: 14 }, [ignore])).toBe(true);
    expect(isIgnored(edited, { ...first, start: 2, end: 4 }, [ignore])).toBe(false);
  });

  it("does not ignore another rule's finding on the same text", () => {
    const finding = { start: 0, end: 2, rule: "wordCaution", severity: "warning", message: "wordCaution" } as const;
    expect(isIgnored(text, finding, [{ rule: "wordBanned", match: "最佳" }])).toBe(false);
  });
});

describe("error rate", () => {
  it("counts error-severity findings per 10,000 characters (字数)", () => {
    const text = "会议强调,疫情防控要严…";
    const rate = errorRate(text, checkText(text));
    expect(rate).toEqual({ errors: 2, characters: 10, perTenThousand: 2_000 });
    expect(errorRate("", [])).toEqual({ errors: 0, characters: 0, perTenThousand: 0 });
  });
});

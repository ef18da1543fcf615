import { describe, expect, it } from "vitest";
import { canonicalJson, mergeTexts, newerEntry, readEntry, retryDelay, sameText, shouldOffer, unsentKey } from "./queue";

const fields = (body: string, extra: Record<string, unknown> = {}) => ({ headline: "标题", body, bodyJson: null, contributors: [], ...extra });

describe("the unsent-changes queue", () => {
  it("keys entries by person and article", () => {
    expect(unsentKey("u1", "a1")).toBe("copydesk:unsent:u1:a1");
    expect(unsentKey("u1", undefined)).toBe("copydesk:unsent:u1:new");
  });

  it("compares text regardless of key order, and by the rich body when there is one", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [{ z: 1, y: 2 }] } })).toBe('{"a":{"c":[{"y":2,"z":1}],"d":2},"b":1}');
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ text: "x", type: "text" }] }] };
    const stored = { content: [{ content: [{ type: "text", text: "x" }], type: "paragraph" }], type: "doc" };
    expect(sameText(fields("x", { bodyJson: doc }), fields("stale", { bodyJson: stored }))).toBe(true);
    expect(sameText(fields("a"), fields("b"))).toBe(false);
  });

  it("offers back only what the server does not have", () => {
    const entry = { fields: fields("本地多打的字"), baseVersion: 3, changedAt: 1 };
    expect(shouldOffer(entry, fields("服务器上的字"))).toBe(true);
    expect(shouldOffer(entry, fields("本地多打的字"))).toBe(false);
    expect(shouldOffer(null, fields("x"))).toBe(false);
  });

  it("reads stored entries defensively", () => {
    expect(readEntry(null)).toBeNull();
    expect(readEntry("{not json")).toBeNull();
    expect(readEntry('{"fields":"x","changedAt":1}')).toBeNull();
    expect(readEntry('{"fields":{"body":"x"},"changedAt":5}')).toEqual({ fields: { body: "x" }, baseVersion: null, changedAt: 5 });
  });

  it("keeps the later of two tabs' changes", () => {
    const a = { fields: fields("a"), baseVersion: 1, changedAt: 10 };
    const b = { fields: fields("b"), baseVersion: 1, changedAt: 20 };
    expect(newerEntry(a, b)).toBe(b);
    expect(newerEntry(b, a)).toBe(b);
    expect(newerEntry(null, a)).toBe(a);
  });

  it("backs off while offline, up to 30 s", () => {
    expect([0, 1, 2, 3, 4, 10].map(retryDelay)).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
  });
});

describe("mergeTexts", () => {
  it("keeps their paragraphs and adds mine after the paragraph each followed", () => {
    expect(mergeTexts("甲\n\n乙\n\n我加的", "甲\n\n乙\n\n他加的")).toBe("甲\n\n乙\n\n我加的\n\n他加的");
    expect(mergeTexts("甲\n\n我改的乙", "甲\n\n乙")).toBe("甲\n\n我改的乙\n\n乙");
    expect(mergeTexts("开头\n\n甲", "甲\n\n结尾")).toBe("开头\n\n甲\n\n结尾");
    expect(mergeTexts("同样", "同样")).toBe("同样");
  });
});

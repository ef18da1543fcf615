// Every rule, severity, finding and word category has its words in both
// languages, with the same placeholders, and no finding leaves one unfilled.
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { checkText } from "./check";
import { describeFinding, groupName, ruleName } from "./describe";
import { RULE_IDS, RULES } from "./rules";
import { compileWords, WORD_CATEGORIES } from "./words/matcher";
import type { FindingMessage } from "./types";

const catalogs = { "zh-CN": zhCN.proofread, en: en.proofread };
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Text that sets off every finding message at least once.
const SAMPLE = [
  "会议强调,疫情...防控--要从严—北京<<人民日报>>\"好\"，，（如图，。２０２１年",
  "他说:\"好的。来了五、六十人，约50人左右，有3千人。",
  "会议强调,形势要认\n\n清。开发区 召开會議。全网最低价最佳高考状元好的很惟一）",
].join("\n\n");
const words = compileWords([
  { term: "全网最低价", category: "BANNED" },
  { term: "最佳", category: "CAUTION", replacement: "较好" },
  { term: "高考状元", category: "STANDARD", replacement: "高考最高分考生" },
  { term: "好的很", category: "WRONG_FORM", replacement: "好得很" },
  { term: "惟一", category: "VARIANT", replacement: "唯一" },
]);

describe("proofreading messages", () => {
  it("name every rule, group and severity in zh-CN and en", () => {
    for (const [locale, m] of Object.entries(catalogs)) {
      for (const rule of RULE_IDS) {
        expect(ruleName(m, rule), `${locale} ${rule}`).toMatch(/\S/);
        expect(groupName(m, rule), `${locale} ${rule}`).toMatch(/\S/);
        expect(m.severities[RULES[rule].severity], locale).toMatch(/\S/);
      }
      for (const category of WORD_CATEGORIES) expect(m.categories[category], `${locale} ${category}`).toMatch(/\S/);
    }
    expect(Object.keys(zhCN.proofread.rules).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(en.proofread.rules).sort()).toEqual([...RULE_IDS].sort());
  });

  it("use the same placeholders in both languages", () => {
    const keys = Object.keys(zhCN.proofread.findings) as FindingMessage[];
    for (const key of keys) expect(placeholders(en.proofread.findings[key]), key).toEqual(placeholders(zhCN.proofread.findings[key]));
    for (const key of Object.keys(zhCN.proofread.csv) as (keyof typeof zhCN.proofread.csv)[]) {
      expect(placeholders(en.proofread.csv[key]), key).toEqual(placeholders(zhCN.proofread.csv[key]));
    }
    // The panel, the rounds, their refusals and the word-list page.
    const sections = [
      [zhCN.proofread.panel, en.proofread.panel],
      [zhCN.proofread.rounds, en.proofread.rounds],
      [zhCN.proofread.refusals, en.proofread.refusals],
      [zhCN.proofWords, en.proofWords],
    ] as const;
    for (const [zh, english] of sections) {
      for (const [key, value] of Object.entries(zh)) {
        if (typeof value !== "string") continue;
        expect(placeholders((english as Record<string, unknown>)[key] as string), key).toEqual(placeholders(value));
      }
    }
    expect(en.proofread.rounds.names).toHaveLength(3);
    expect(zhCN.proofread.rounds.names).toEqual(["一校", "二校", "三校"]);
  });

  it("describe every kind of finding with every placeholder filled", () => {
    const findings = checkText(SAMPLE, { words });
    const seen = new Set(findings.map((f) => f.message));
    expect([...seen].sort()).toEqual(Object.keys(zhCN.proofread.findings).sort());
    for (const [locale, m] of Object.entries(catalogs)) {
      for (const f of findings) expect(describeFinding(m, f), `${locale} ${f.message}`).not.toMatch(/\{\w+\}/);
    }
    const halfWidth = findings.find((f) => f.message === "halfWidth")!;
    expect(describeFinding(zhCN.proofread, halfWidth)).toBe("中文里应使用全角“，”，不用半角“,”。");
    expect(describeFinding(en.proofread, halfWidth)).toBe("Chinese text takes the full-width ，, not the half-width ,.");
  });
});

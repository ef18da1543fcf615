// The import schema as the desk uses it: form strings in, clean values out,
// batches capped, and every refusal a message both catalogs can translate.
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { IMPORT_BATCH_SIZE, importBatchSchema, importInputSchema, type ImportedArticleInput } from "./import";

const article = (overrides: Partial<ImportedArticleInput> = {}): ImportedArticleInput => ({
  kicker: "",
  headline: " 开发区新建三座口袋公园 ",
  subheadline: "",
  dateline: "",
  contributors: [{ name: "郭坤", role: "REPORTER", credit: null }],
  type: "NEWS",
  column: "",
  paragraphs: ["第一段。", "  ", "第二段。"],
  captions: [],
  ...overrides,
});

describe("importInputSchema", () => {
  it("turns the desk's form values into clean ones", () => {
    const parsed = importInputSchema.parse({
      articles: [article()],
      sectionId: null,
      mode: "publish",
      edition: { date: "2021-11-03", pageNumber: "4", pageName: " 社会 " },
    });
    expect(parsed.articles[0]).toMatchObject({ kicker: null, headline: "开发区新建三座口袋公园", dateline: "", column: null, paragraphs: ["第一段。", "第二段。"] });
    expect(parsed.edition).toEqual({ date: "2021-11-03", pageNumber: 4, pageName: "社会" });
    expect(parsed.firstIndex).toBe(0);
  });

  it("lets the desk send at most one batch per call", () => {
    const input = (n: number) => ({ articles: Array.from({ length: n }, () => article()), sectionId: null, mode: "drafts" as const });
    expect(importBatchSchema.safeParse(input(IMPORT_BATCH_SIZE)).success).toBe(true);
    expect(importBatchSchema.safeParse(input(IMPORT_BATCH_SIZE + 1)).success).toBe(false);
    expect(importInputSchema.safeParse(input(IMPORT_BATCH_SIZE + 1)).success).toBe(true);
  });

  it("refuses bad input with messages both catalogs translate", () => {
    const bad = [
      { articles: [], sectionId: null, mode: "drafts" },
      { articles: [article({ headline: "" })], sectionId: null, mode: "drafts" },
      { articles: [article({ contributors: [{ name: "", role: "REPORTER" }] })], sectionId: null, mode: "drafts" },
      { articles: [article()], sectionId: null, mode: "publish" },
      { articles: [article()], sectionId: null, mode: "publish", edition: { date: "", pageNumber: "", pageName: "" } },
      { articles: [article()], sectionId: null, mode: "publish", edition: { date: "2021-11-31", pageNumber: "1000", pageName: "x" } },
    ];
    const keys = new Set<string>();
    for (const input of bad) {
      const result = importInputSchema.safeParse(input);
      expect(result.success, JSON.stringify(input)).toBe(false);
      for (const issue of result.error!.issues) keys.add(issue.message);
    }
    expect([...keys].sort()).toEqual([
      "contributor_name_required",
      "date_invalid",
      "edition_required",
      "headline_required",
      "import_no_articles",
      "page_name_required",
      "page_number_invalid",
    ]);
    for (const key of keys) {
      expect(zhCN.validation, key).toHaveProperty(key);
      expect(en.validation, key).toHaveProperty(key);
    }
  });
});

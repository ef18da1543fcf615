// CSV import and export: a round trip changes nothing, a bad file changes
// nothing and says which rows are wrong, duplicates are caught, and a list
// of thousands goes in whole.
import { beforeEach, describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { WordCsvRefused } from "./csv-rows";
import { addWord } from "./manage";
import { describeCsvErrors } from "./messages";
import { installStarterWords } from "./starter";
import { exportWordsCsv, importWordsCsv } from "./transfer";

const db = testDb();
beforeEach(async () => {
  await resetDatabase(db);
  await db.proofWord.deleteMany();
});

const snapshot = () => db.proofWord.findMany({ orderBy: { term: "asc" } });
const refusal = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("imported"), (e: unknown) => e as WordCsvRefused);

describe("CSV import and export", () => {
  it("exports the lists and imports the export back without a change", async () => {
    const chief = await makeUser("CHIEF_EDITOR");
    await installStarterWords(db, chief);
    await addWord(db, chief, { term: "=号", category: "CAUTION", note: 'a "note", with a comma\nand a line' });
    const csv = await exportWordsCsv(db, chief);
    expect(csv.startsWith("\ufeffterm,category,replacement,note\r\n")).toBe(true);
    expect(csv).toContain("'=号");
    const before = await snapshot();
    const result = await importWordsCsv(db, chief, csv);
    expect(result).toEqual({ added: 0, updated: 0, unchanged: before.length, removed: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("adds new terms, updates changed ones, and with replace deletes the rest", async () => {
    const admin = await makeUser("ADMIN");
    await addWord(db, admin, { term: "惟一", category: "VARIANT", replacement: "唯一" });
    await addWord(db, admin, { term: "最佳", category: "CAUTION" });
    const csv = "词语,类别,建议改为,说明\n惟一,异形词,唯一,推荐词形\n好的很,错别字,好得很,\n";
    expect(await importWordsCsv(db, admin, csv)).toEqual({ added: 1, updated: 1, unchanged: 0, removed: 0 });
    expect((await snapshot()).map((w) => [w.term, w.category, w.replacement, w.note]).sort()).toEqual([
      ["好的很", "WRONG_FORM", "好得很", null],
      ["惟一", "VARIANT", "唯一", "推荐词形"],
      ["最佳", "CAUTION", null, null],
    ]);
    expect(await importWordsCsv(db, admin, csv, "replace")).toEqual({ added: 0, updated: 0, unchanged: 2, removed: 1 });
    expect((await snapshot()).map((w) => w.term).sort()).toEqual(["好的很", "惟一"]);
  });

  it("refuses a bad file whole, changing nothing, with every problem by row in both languages", async () => {
    const chief = await makeUser("CHIEF_EDITOR");
    await installStarterWords(db, chief);
    const before = await snapshot();
    const csv = [
      "term,category,replacement,note",
      "新词一,BANNED,,",
      ",BANNED,,",
      "新词二,形容词,,",
      `${"长".repeat(51)},CAUTION,,`,
      "新词一,CAUTION,,",
      `新词三,VARIANT,${"换".repeat(101)},`,
    ].join("\n");
    const error = await refusal(importWordsCsv(db, chief, csv));
    expect(error).toBeInstanceOf(WordCsvRefused);
    expect(error.errors).toEqual([
      { row: 3, problem: "term_required" },
      { row: 4, problem: "category_unknown", value: "形容词" },
      { row: 5, problem: "term_too_long", max: 50 },
      { row: 6, problem: "duplicate", value: "新词一", otherRow: 2 },
      { row: 7, problem: "replacement_too_long", max: 100 },
    ]);
    expect(await snapshot()).toEqual(before);

    expect(describeCsvErrors(zhCN, error.errors)).toEqual([
      "CSV 文件有 5 处问题，词表没有任何改动：",
      "第 3 行：缺少词语。",
      "第 4 行：类别“形容词”无法识别，可用：禁用词、慎用词、规范表述、错别字、异形词。",
      "第 5 行：词语超过 50 个字符。",
      "第 6 行：词语“新词一”与第 2 行重复。",
      "第 7 行：建议改为的内容超过 100 个字符。",
    ]);
    expect(describeCsvErrors(en, error.errors, 2)).toEqual([
      "The CSV file has 5 problem(s); the word list is unchanged:",
      "Row 3: The word is missing.",
      "Row 4: Unknown category “形容词”; use BANNED, CAUTION, STANDARD, WRONG_FORM or VARIANT (or 禁用词, 慎用词, 规范表述, 错别字, 异形词).",
      "3 more problem(s) not listed.",
    ]);
  });

  it("refuses a file without the columns, without entries, or with a broken quote", async () => {
    const chief = await makeUser("CHIEF_EDITOR");
    const errors = async (csv: string) => (await refusal(importWordsCsv(db, chief, csv))).errors;
    expect(await errors("word,kind\n好的很,WRONG_FORM")).toEqual([
      { row: 1, problem: "header", value: "term" },
      { row: 1, problem: "header", value: "category" },
    ]);
    expect(await errors("")).toEqual([{ row: 0, problem: "empty" }]);
    expect(await errors("term,category\n")).toEqual([{ row: 0, problem: "empty" }]);
    expect(await errors('term,category\n好的很,WRONG_FORM\n"最佳,CAUTION\n')).toEqual([{ row: 3, problem: "unterminated_quote" }]);
    expect(describeCsvErrors(zhCN, [{ row: 0, problem: "empty" }])).toEqual(["CSV 文件有 1 处问题，词表没有任何改动：", "文件里没有词条。"]);
    expect(await snapshot()).toEqual([]);
  });

  it("imports 5,000 entries in one go and exports them again", async () => {
    const admin = await makeUser("ADMIN");
    const rows = Array.from({ length: 5_000 }, (_, i) => `词${i},${["BANNED", "CAUTION", "STANDARD", "WRONG_FORM", "VARIANT"][i % 5]},改${i},说明${i}`);
    expect(await importWordsCsv(db, admin, ["term,category,replacement,note", ...rows].join("\n"))).toMatchObject({ added: 5_000 });
    const changed = rows.map((r, i) => (i % 2 ? r.replace(/说明\d+$/, "新说明") : r));
    expect(await importWordsCsv(db, admin, ["term,category,replacement,note", ...changed].join("\n"))).toEqual({ added: 0, updated: 2_500, unchanged: 2_500, removed: 0 });
    expect(await db.proofWord.count({ where: { note: "新说明" } })).toBe(2_500);
    const csv = await exportWordsCsv(db, admin);
    expect(csv.trim().split("\r\n")).toHaveLength(5_001);
  });
});

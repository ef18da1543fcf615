import { describe, expect, it } from "vitest";
import { CsvSyntaxError, guardCell, parseCsv, toCsv, unguardCell } from "./csv";

describe("CSV", () => {
  it("reads quoted fields with commas, quotes and line breaks, and says which row each record starts on", () => {
    const text = '\ufeffterm,note\r\n"好的很","说""好的很""，不对"\r\n\r\n惟一,"两行\n说明"\n最后,一行';
    expect(parseCsv(text)).toEqual([
      { row: 1, fields: ["term", "note"] },
      { row: 2, fields: ["好的很", '说"好的很"，不对'] },
      { row: 4, fields: ["惟一", "两行\n说明"] },
      { row: 6, fields: ["最后", "一行"] },
    ]);
  });

  it("refuses an unterminated quote, naming its row", () => {
    expect(() => parseCsv('term\n"好的很\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\nb\n"c')).toThrow(expect.objectContaining({ row: 3 }));
  });

  it("writes what it reads back, with a byte-order mark for Excel", () => {
    const rows = [["term", "note"], ["好的很", 'a "quoted", text'], ["惟一", "两行\n说明"], [" 空格 ", ""]];
    const csv = toCsv(rows);
    expect(csv.startsWith("\ufeffterm,note\r\n")).toBe(true);
    expect(parseCsv(csv).map((r) => r.fields)).toEqual(rows);
  });

  it("guards cells a spreadsheet would run as formulas, and takes the guard off on reading", () => {
    for (const value of ["=1+1", "+86", "-", "@sum", "'quoted", "plain"]) expect(unguardCell(guardCell(value))).toBe(value);
    expect(guardCell("=HYPERLINK()")).toBe("'=HYPERLINK()");
    expect(toCsv([["=1+1"]])).toBe("\ufeff'=1+1\r\n");
  });
});

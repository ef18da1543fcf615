// CSV as spreadsheets write it (RFC 4180): quoted fields may hold commas,
// quotes ("") and line breaks; a UTF-8 byte-order mark is dropped on reading
// and written on export so that Excel opens Chinese text correctly.

/** Records with the spreadsheet row each starts on (1 = the first). */
export type CsvRecord = { row: number; fields: string[] };

export class CsvSyntaxError extends Error {
  constructor(readonly row: number) {
    super(`unterminated quote in row ${row}`);
  }
}

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let row = 1;
  let recordRow = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  const endRecord = () => {
    fields.push(field);
    // A blank line is no record, but it is a row of the sheet.
    if (fields.length > 1 || fields[0] !== "") records.push({ row: recordRow, fields });
    fields = [];
    field = "";
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    const lineBreak = c === "\n" || c === "\r";
    const width = c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += text.slice(i, i + width);
      if (lineBreak) row++;
      i += width - 1;
    } else if (c === '"' && field === "") {
      quoted = true;
    } else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (lineBreak) {
      endRecord();
      recordRow = ++row;
      i += width - 1;
    } else {
      field += c;
    }
  }
  if (quoted) throw new CsvSyntaxError(recordRow);
  if (field !== "" || fields.length) endRecord();
  return records;
}

// A cell starting with one of these runs as a formula in a spreadsheet; the
// export guards it with an apostrophe, which the import takes off again.
const FORMULA = /^[=+\-@\t\r]/;

export const guardCell = (value: string) => (FORMULA.test(value) ? `'${value}` : value);
export const unguardCell = (value: string) => (value.startsWith("'") && FORMULA.test(value.slice(1)) ? value.slice(1) : value);

const quoteCell = (value: string) => (/[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value);

export function toCsv(rows: string[][]): string {
  return "\ufeff" + rows.map((r) => r.map((v) => quoteCell(guardCell(v))).join(",")).join("\r\n") + "\r\n";
}

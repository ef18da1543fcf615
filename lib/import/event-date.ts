// The date an event happened, from the lead paragraph. Chinese news states it
// without a year (`11月1日,开发区…`), so the year comes from the edition.

const FULLWIDTH_DIGIT = /[０-９]/g;
const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * First date in the paragraph as "YYYY-MM-DD", or null. An explicit year
 * (2021年9月1日) wins. Otherwise the edition's year, except that a month
 * after the edition's month means last year: a January edition reporting
 * 12月30日 is looking back across New Year, not ahead.
 * Without an edition date, today stands in for it.
 */
export function findEventDate(paragraph: string | undefined, editionDate?: string, today = new Date()): string | null {
  if (paragraph === undefined) return null;
  const match = DATE.exec(paragraph.replace(FULLWIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (!match) return null;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;

  const edition = /^(\d{4})-(\d{2})-\d{2}$/.exec(editionDate ?? "");
  const editionYear = edition ? Number(edition[1]) : today.getFullYear();
  const editionMonth = edition ? Number(edition[2]) : today.getMonth() + 1;
  const year = match[1] ? Number(match[1]) : month > editionMonth ? editionYear - 1 : editionYear;
  return `${year}-${pad(month)}-${pad(day)}`;
}

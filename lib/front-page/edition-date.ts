// Edition dates are calendar days in the newsroom's time zone, written
// "YYYY-MM-DD" so that string order is date order. Intl only: a date library
// for one conversion is not worth the weight.

// Building an Intl formatter is far slower than using one, and the assembler
// asks for the same zone once per article.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone; the caller decides what that means.
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The date "YYYY-MM-DD" of an instant in a time zone. Built from the parts
 * rather than a locale's whole output, whose punctuation differs between ICU
 * versions. Throws RangeError for an invalid instant or time zone.
 */
export function dateInTimeZone(instant: Date | string, timeZone: string): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const parts = formatterFor(timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}

/** Whether a time zone name is one Intl knows. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== "string" || timeZone === "") return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/**
 * An editor-set edition date as "YYYY-MM-DD", or null when it is missing or
 * not a real day. A Prisma `@db.Date` serialised as JSON arrives as
 * "2021-11-02T00:00:00.000Z"; its date part is the edition as written, so it
 * is taken as is, not shifted into the newsroom's zone.
 */
export function normalizeEditionDate(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const match = DAY.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Dates roll 2021-02-30 over to March; a real day survives the round trip.
  // setUTCFullYear, unlike Date.UTC, does not read year 21 as 1921.
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

import type { Locale } from "./locales";

/** 2021年11月2日 星期二 · Tuesday, 2 November 2021 — in the newsroom's time zone. */
export function formatEditionDate(iso: string | Date, locale: Locale, timeZone = "Asia/Shanghai"): string {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  if (locale === "en") {
    const weekday = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long" }).format(date);
    const day = new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "long", year: "numeric" }).format(date);
    return `${weekday}, ${day}`;
  }
  const day = new Intl.DateTimeFormat("zh-CN", { timeZone, year: "numeric", month: "long", day: "numeric" }).format(date);
  const weekday = new Intl.DateTimeFormat("zh-CN", { timeZone, weekday: "long" }).format(date);
  return `${day} ${weekday}`;
}

/** 2021-11-02 10:42 style for lists in the desk. */
export function formatDateTime(iso: string | Date, locale: Locale, timeZone = "Asia/Shanghai"): string {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(date);
}

/** The day the local way and the time on the 24-hour clock: 2021年11月2日 星期二 07:00 · Tuesday, 2 November 2021, 07:00. */
export function formatDayAndTime(iso: string | Date, locale: Locale, timeZone = "Asia/Shanghai"): string {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hour12: false }).format(date);
  return `${formatEditionDate(date, locale, timeZone)}${locale === "en" ? "," : ""} ${time}`;
}

import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";

export const sectionName = (section: { nameZh: string; nameEn: string }, locale: Locale) =>
  locale === "en" ? section.nameEn : section.nameZh;

/** 第03版 开发区 · Page 3 · Development Zone */
export function pageLabel(messages: Messages, page: { number: number | null; name: string | null }): string {
  if (page.number === null) return page.name ?? messages.reader.unpaged;
  const values = { nn: String(page.number).padStart(2, "0"), n: page.number, name: page.name ?? "" };
  return fill(page.name ? messages.reader.pageWithName : messages.reader.page, values);
}

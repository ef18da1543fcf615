import type { Locale } from "./locales";
import { en } from "./messages/en";
import { zhCN, type Messages } from "./messages/zh-CN";

export type { Messages };
const catalogs: Record<Locale, Messages> = { "zh-CN": zhCN, en };

export const messagesFor = (locale: Locale): Messages => catalogs[locale];

/**
 * The parts of the catalog a client component uses. Everything a server
 * component hands to a client one is sent to the browser, so islands get
 * their slice, not the whole catalog: pickMessages(m, "import", "fields").
 */
export function pickMessages<K extends keyof Messages>(messages: Messages, ...keys: K[]): Pick<Messages, K> {
  return Object.fromEntries(keys.map((key) => [key, messages[key]])) as Pick<Messages, K>;
}

/** A zod message key (see lib/validation) in the reader's language. */
export function validationMessage(messages: Pick<Messages, "validation">, key: string | undefined): string {
  const table = messages.validation as Record<string, string>;
  return (key && table[key]) || messages.validation.invalid;
}

/** Fills {name} placeholders: fill("第{nn}版", { nn: "03" }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

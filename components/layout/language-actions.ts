"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale, LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** Only a path on this site, without a language prefix the proxy would keep. */
function safeNext(value: FormDataEntryValue | null): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return "/";
  const [, first, ...rest] = value.split("/");
  return LOCALES.includes(first as never) ? `/${rest.join("/")}` : value;
}

export async function setLanguage(formData: FormData) {
  const lang = formData.get("lang");
  if (isLocale(lang)) {
    (await cookies()).set(LOCALE_COOKIE, lang, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  }
  redirect(safeNext(formData.get("next")));
}

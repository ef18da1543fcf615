// Which language a visitor gets: the `lang` cookie, then Accept-Language,
// then Chinese.
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, localeOf, pickLocale } from "./locales";

describe("pickLocale", () => {
  it("lets the cookie beat Accept-Language", () => {
    expect(pickLocale("en", "zh-CN,zh;q=0.9")).toBe("en");
    expect(pickLocale("zh-CN", "en-US,en;q=0.9")).toBe("zh-CN");
  });

  it("ignores a cookie that is not a locale", () => {
    expect(pickLocale("fr", "en-US,en;q=0.9")).toBe("en");
    expect(pickLocale("EN", null)).toBe("zh-CN");
  });

  it("reads English from Accept-Language", () => {
    expect(pickLocale(undefined, "en-US,en;q=0.9")).toBe("en");
    expect(pickLocale(undefined, "fr-FR, en-GB;q=0.8")).toBe("en");
  });

  it("gives any Chinese, including Traditional, the zh-CN edition", () => {
    expect(pickLocale(undefined, "zh-TW")).toBe("zh-CN");
    expect(pickLocale(undefined, "zh-HK,en;q=0.5")).toBe("zh-CN");
  });

  it("follows the quality values, not the order", () => {
    expect(pickLocale(undefined, "zh;q=0.5, en;q=0.9")).toBe("en");
    expect(pickLocale(undefined, "en;q=0.2, zh-CN")).toBe("zh-CN");
  });

  it("ignores languages with q=0", () => {
    expect(pickLocale(undefined, "en;q=0")).toBe("zh-CN");
    expect(pickLocale(undefined, "zh-CN;q=0, en;q=0.1")).toBe("en");
  });

  it("falls back to zh-CN for garbage or nothing", () => {
    for (const header of ["", null, ";;;,,,", "q=1", "*", "fr-FR,de;q=0.9", "en;q=abc"]) {
      expect(pickLocale(undefined, header)).toBe(DEFAULT_LOCALE);
    }
    expect(DEFAULT_LOCALE).toBe("zh-CN");
  });
});

describe("isLocale", () => {
  it("knows exactly the two editions", () => {
    expect(["zh-CN", "en", "zh", "en-US", "", undefined].map(isLocale)).toEqual([true, true, false, false, false, false]);
  });
});

describe("localeOf", () => {
  it("takes a route's [lang] as it is when it names a locale, else Chinese", () => {
    expect(localeOf("en")).toBe("en");
    expect(localeOf("zh-CN")).toBe("zh-CN");
    expect(localeOf("fr")).toBe(DEFAULT_LOCALE);
    expect(localeOf("")).toBe("zh-CN");
  });
});

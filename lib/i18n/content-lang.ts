import type { Locale } from "./locales";

// CJK Unified Ideographs, Extension A and the compatibility block.
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * The lang attribute for the newsroom's own text (headlines, bodies,
 * captions) where the interface's language is not the text's: Chinese text
 * in the English interface is marked zh-CN, so screen readers voice it and
 * browsers set it as Chinese. Elsewhere nothing: the text inherits <html lang>.
 */
export function contentLang(text: string | null | undefined, locale: Locale): "zh-CN" | undefined {
  return locale === "en" && !!text && HAN.test(text) ? "zh-CN" : undefined;
}

// GB/T 15835-2011, the part a machine can check without reading the sense.
import type { Context } from "../context";
import { finding } from "../finding";
import type { Finding } from "../types";

const NUMERAL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
// Two neighbouring numerals before a unit or a measure word: 五、六十人, 七、八岁.
const RANGE = /([一二两三四五六七八九])、([二三四五六七八九十])(?=[十百千万亿个人岁天年次名家户条件位元米斤里倍成])/g;

/** 5.2.2: an approximate range of two neighbouring numbers takes no 顿号 (五六十人). A list (第一、二, 一、二年级) does. */
export function rangeComma({ text }: Context): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(RANGE)) {
    const [found, a, b] = m as unknown as [string, string, string];
    if (NUMERAL[b] !== NUMERAL[a]! + 1 || text.charAt(m.index - 1) === "第") continue;
    if (text.startsWith("年级", m.index + 3)) continue;
    findings.push(finding("rangeComma", m.index, m.index + 3, "rangeComma", { found, fix: a + b }, a + b));
  }
  return findings;
}

// 约 and 左右 both say "about": keep one (约50人, or 50人左右).
const APPROXIMATE = /约[为有达计]?[0-9.一二两三四五六七八九十百千万亿几余多]+[^\s，。；：！？、,;:!?“”（）()]{0,6}?左右/g;

export function approximateRedundant({ text }: Context): Finding[] {
  return [...text.matchAll(APPROXIMATE)].map((m) =>
    finding("approximateRedundant", m.index, m.index + m[0].length, "approximateRedundant", { found: m[0], fix: m[0].slice(0, -2) }, m[0].slice(0, -2)),
  );
}

// Arabic digits with 十/百/千: 3千人 is 3000人. 万 and 亿 may follow digits (3万, 1.2亿),
// so 3千万 becomes 3000万; 百分 (percent) is not a multiplier.
const MIXED = /(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)([十百千])(?![百千分])/g;
const ZEROS: Record<string, number> = { 十: 1, 百: 2, 千: 3 };

export function mixedNumerals({ text }: Context): Finding[] {
  return [...text.matchAll(MIXED)].map((m) => {
    const fix = times(m[1]!, ZEROS[m[2]!]!);
    return finding("mixedNumerals", m.index, m.index + m[0].length, "mixedNumerals", { found: m[0], fix }, fix);
  });
}

/** The decimal `n` times 10^zeros, exactly: 1.5 × 10^3 = 1500. */
export function times(n: string, zeros: number): string {
  const [int = "", frac = ""] = n.split(".");
  const digits = int + frac.padEnd(zeros, "0");
  const point = int.length + zeros;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(point).replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : whole;
}

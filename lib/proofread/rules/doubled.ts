// The same mark twice (，， 。。 、、) is a slip: one goes. Two different
// pause marks side by side (，。) need a person to choose. Three or more
// 。 are an ellipsis (ellipsis.ts); ！！ and ？！ are allowed for emphasis.
import type { Context } from "../context";
import { finding } from "../finding";
import type { Finding } from "../types";

const RUN = /[，。、；：]{2,}/g;

export function doubledPunctuation({ text }: Context): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(RUN)) {
    const found = m[0];
    const end = m.index + found.length;
    if (/^。{3,}$/.test(found)) continue;
    if (new Set(found).size === 1) findings.push(finding("doubledPunctuation", m.index, end, "doubled", { found, fix: found.charAt(0) }, found.charAt(0)));
    else findings.push(finding("doubledPunctuation", m.index, end, "doubledMixed", { found }, undefined, "warning"));
  }
  return findings;
}

// GB/T 15834-2011 4.11: the ellipsis is …… (two ⋯ wide; …………, two of them,
// for whole paragraphs left out). Dots `...` `.....`, `。。。`, a single `…`
// or `···` become ……; an ellipsis between Latin words is English and stays.
import { after, before, isChinese } from "../chars";
import type { Context } from "../context";
import { finding } from "../finding";
import type { Finding } from "../types";

const RUN = /\.{3,}|。{3,}|…+|⋯+|[·・]{3,}/g;

export function ellipsis({ text, protectedUnits }: Context): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(RUN)) {
    const found = m[0];
    const i = m.index;
    if (found === "……" || found === "…………" || protectedUnits[i]) continue;
    if (!found.startsWith("。")) {
      const b = before(text, i);
      const a = after(text, i + found.length);
      // "wait..." or "wait…" in English; a line of dots alone is an editor's cut, Chinese style.
      if ((b >= 0 || a >= 0) && !isChinese(b) && !isChinese(a)) continue;
    }
    findings.push(finding("ellipsis", i, i + found.length, "ellipsis", { found }, "……"));
  }
  return findings;
}

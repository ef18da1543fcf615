// GB/T 15834-2011 4.5: the 破折号 is —— (two em dashes). `--`, `－－`, `──`
// and runs of three or more become ——. A single — between Chinese words may
// be the 一字线 connector (北京—上海), so it is only a warning; between digits
// (2020—2021年) or in Latin text it is left alone.
import { after, before, isChinese } from "../chars";
import type { Context } from "../context";
import { finding } from "../finding";
import type { Finding } from "../types";

const RUN = /-{2,}|－{2,}|─{2,}|—+/g;

export function dash({ text, protectedUnits }: Context): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(RUN)) {
    const found = m[0];
    const i = m.index;
    if (found === "——" || protectedUnits[i]) continue;
    const b = before(text, i);
    const a = after(text, i + found.length);
    if (!isChinese(b) && !isChinese(a)) continue;
    if (found === "—") findings.push(finding("dash", i, i + 1, "singleDash", { found }, "——", "warning"));
    else findings.push(finding("dash", i, i + found.length, "dash", { found }, "——"));
  }
  return findings;
}

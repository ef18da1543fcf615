// GB/T 15835-2011 and house style: digits and Latin letters are half-width
// (２０２１年 → 2021年, ＧＤＰ → GDP), a full-width point between digits too.
import type { Context } from "../context";
import { finding } from "../finding";
import type { Finding } from "../types";

const RUN = /[０-９Ａ-Ｚａ-ｚ]+(?:．[０-９]+)*/g;

export function fullWidthAlphanumeric({ text }: Context): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(RUN)) {
    const fix = m[0].replace(/[０-９Ａ-Ｚａ-ｚ．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    findings.push(finding("fullWidthAlphanumeric", m.index, m.index + m[0].length, "fullWidth", { found: m[0], fix }, fix));
  }
  return findings;
}

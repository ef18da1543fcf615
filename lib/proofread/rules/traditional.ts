// Traditional characters in a simplified paper, with the simplified form as
// the fix (OpenCC's traditional → mainland tables, phrases first, so 乾隆 and
// 著名 stay). A name may keep its traditional form (於谦), so these fixes are
// never part of "Fix all": each one is applied by a person
// (docs/decisions/0025-proofreading.md).
import { ConverterFactory } from "opencc-js/core";
import toCn from "opencc-js/to/cn";
import type { Context } from "../context";
import { finding } from "../finding";
import type { Finding } from "../types";

let convert: ((text: string) => string) | undefined;
const HAN_RUN = /\p{Script=Han}+/gu;

export function traditionalCharacter({ text }: Context): Finding[] {
  convert ??= ConverterFactory(toCn);
  if (convert(text) === text) return [];
  const findings: Finding[] = [];
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    const simplified = convert(run);
    if (simplified === run) continue;
    if (simplified.length !== run.length) {
      findings.push(report(m.index, run, simplified));
      continue;
    }
    // One finding per stretch of changed characters: 於謙 is one name.
    for (let i = 0; i < run.length; ) {
      if (run.charCodeAt(i) === simplified.charCodeAt(i)) {
        i++;
        continue;
      }
      let j = i;
      while (j < run.length && run.charCodeAt(j) !== simplified.charCodeAt(j)) j++;
      // Never split a surrogate pair.
      if (j < run.length && run.charCodeAt(j) >= 0xdc00 && run.charCodeAt(j) <= 0xdfff) j++;
      findings.push(report(m.index + i, run.slice(i, j), simplified.slice(i, j)));
      i = j;
    }
  }
  return findings;
}

const report = (start: number, found: string, fix: string) =>
  finding("traditionalCharacter", start, start + found.length, "traditional", { found, fix }, fix);

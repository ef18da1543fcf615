// Input for the proofreading benchmark: articles of a given length cut from
// the demo page's bodies as the importer leaves them (OCR'd, half-width
// marks and all), and a generated word list of any size that also holds the
// starter list, so the automaton finds real matches among the noise.
import { readFileSync } from "node:fs";
import path from "node:path";
import { importPage } from "@/lib/import";
import type { WordEntry } from "@/lib/proofread";
import { STARTER_WORDS } from "@/lib/proofread/words/starter";

const page = readFileSync(path.join(process.cwd(), "prisma", "demo", "zhoukou-development-zone-page.txt"), "utf8");
const paragraphs = importPage(page).articles.flatMap((a) => a.paragraphs);

/** Whole paragraphs, repeated as needed, until the text is `length` UTF-16 units long. */
export function article(length: number): string {
  let text = "";
  for (let i = 0; text.length < length; i++) text += (text ? "\n\n" : "") + paragraphs[i % paragraphs.length];
  return text.slice(0, length);
}

const CATEGORIES = ["BANNED", "CAUTION", "STANDARD", "WRONG_FORM", "VARIANT"] as const;

/** `size` distinct entries: the starter list, then two- to four-character terms made of the page's own characters. */
export function wordList(size: number, seed = 1): WordEntry[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  const han = [...new Set(page.match(/\p{Script=Han}/gu))];
  const entries: WordEntry[] = [...STARTER_WORDS];
  const seen = new Set(entries.map((e) => e.term));
  while (entries.length < size) {
    const term = Array.from({ length: 2 + Math.floor(next() * 3) }, () => han[Math.floor(next() * han.length)]).join("");
    if (seen.has(term)) continue;
    seen.add(term);
    entries.push({ term, category: CATEGORIES[entries.length % CATEGORIES.length]!, replacement: next() < 0.5 ? `${term}改` : null, note: null });
  }
  return entries;
}

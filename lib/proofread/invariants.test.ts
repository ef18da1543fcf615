// On any text, generated: findings stay inside the text and never split a
// character; Fix all settles; the importer's punctuation fixes change marks
// only (no word, digit or space added, lost or moved).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkText } from "./check";
import { fixAll, fixPunctuation } from "./fix";
import { compileWords } from "./words/matcher";
import { STARTER_WORDS } from "./words/starter";

const pieces = [
  "开发区", "会议", "精神", "好的很", "最佳", "開發", "𠮷", "五、六十人", "约50人左右", "3千",
  ",", ";", ":", "?", "!", "(", ")", "\"", "'", "...", "--", "—", "<<", ">>", "，", "。", "“", "”", "（", "）",
  "２０", "ＧＤＰ", "OK", "Hello", "25,840", "11:30", "http://a.cn/x?y=1", " ", "\u3000", "\n", "\n\n", "don't",
];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(""));
const words = compileWords(STARTER_WORDS);
const wordsAndDigits = (text: string) =>
  text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[^\p{Script=Han}A-Za-z0-9]/gu, "");

describe("the checker on generated text", () => {
  it("reports spans inside the text that never split a surrogate pair", () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const f of checkText(text, { words })) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          for (const at of [f.start, f.end]) {
            const unit = text.charCodeAt(at);
            expect(at < text.length && unit >= 0xdc00 && unit <= 0xdfff).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("settles: after Fix all, Fix all has nothing left to do", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const once = fixAll(text, { words });
        expect(fixAll(once.text, { words }).changed).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("fixes punctuation without adding, losing or moving a word, a digit or a space", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { text: out } = fixPunctuation(text);
        expect(wordsAndDigits(out)).toBe(wordsAndDigits(text));
        expect(out.split(/[ \u3000\n]/).length).toBe(text.split(/[ \u3000\n]/).length);
      }),
      { numRuns: 300 },
    );
  });
});

// The automaton against a plain search, on thousands of terms: every
// occurrence at its exact offsets, and overlaps settled longest first.
import { describe, expect, it } from "vitest";
import { buildAutomaton } from "./automaton";

// A small deterministic generator, so failures can be replayed.
function random(seed: number) {
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

function naiveAll(text: string, terms: string[]) {
  const found: string[] = [];
  for (const [index, term] of terms.entries()) {
    if (terms.lastIndexOf(term) !== index) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) found.push(`${at}:${at + term.length}:${term}`);
  }
  return found.sort();
}

describe("Aho–Corasick", () => {
  it("finds every occurrence of 5,000 terms at the exact offsets", () => {
    const next = random(7);
    const alphabet = "开发区会议精神安全生产工作推进落实责任";
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    const terms = Array.from({ length: 5_000 }, () => pick(2 + Math.floor(next() * 4)));
    const text = pick(3_000);
    const automaton = buildAutomaton(terms);
    const all = automaton.all(text).map((m) => `${m.start}:${m.end}:${terms[m.term]}`).sort();
    expect(all.length).toBeGreaterThan(1_000);
    expect(all).toEqual(naiveAll(text, terms));
  });

  it("prefers the longest match where matches overlap, and returns them in order", () => {
    const terms = ["人民", "中华人民共和国", "共和", "和国", "国歌", "中华"];
    const text = "中华人民共和国国歌";
    const longest = buildAutomaton(terms).longest(text).map((m) => [text.slice(m.start, m.end), m.start]);
    expect(longest).toEqual([
      ["中华人民共和国", 0],
      ["国歌", 7],
    ]);
  });

  it("takes the longer of two overlapping matches even when it starts later", () => {
    const text = "ABCDE";
    expect(buildAutomaton(["AB", "BCDE"]).longest(text).map((m) => text.slice(m.start, m.end))).toEqual(["BCDE"]);
  });

  it("counts offsets in UTF-16 units, like the editor, past characters outside the BMP", () => {
    const text = "𠮷野家的很好";
    const [match] = buildAutomaton(["的很"]).all(text);
    expect(match).toMatchObject({ start: 4, end: 6 });
    expect(text.slice(match!.start, match!.end)).toBe("的很");
    expect(buildAutomaton(["𠮷野"]).all(text)).toMatchObject([{ start: 0, end: 3 }]);
  });

  it("handles an empty list, empty terms and duplicates", () => {
    expect(buildAutomaton([]).all("任何文字")).toEqual([]);
    expect(buildAutomaton(["", "文字"]).all("任何文字")).toMatchObject([{ start: 2, end: 4, term: 1 }]);
    expect(buildAutomaton(["文字", "文字"]).all("文字")).toMatchObject([{ term: 1 }]);
  });
});

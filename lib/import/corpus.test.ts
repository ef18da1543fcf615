// The corpus score: realistic pages in the layouts the importer must read
// (lib/import/corpus/pages: simplified and traditional, marked and bare
// headlines, multi-page files, captions, columns, briefs), each with its
// golden result. Prints the field accuracy; fails under 95 % overall or on
// any character the importer loses.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { suspiciousMarkup, unaccounted } from "./corpus/accounting";
import { accuracy, asGolden, emptyTally, FIELDS, score, type Golden } from "./corpus/score";
import { importPages } from "./index";

const DIR = path.join(process.cwd(), "lib", "import", "corpus", "pages");
const files = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();
const load = (file: string) => ({
  text: readFileSync(path.join(DIR, file), "utf8"),
  golden: JSON.parse(readFileSync(path.join(DIR, file.replace(/\.txt$/, ".json")), "utf8")) as Golden,
});

describe("import corpus", () => {
  it("holds at least 12 pages in at least 12 files", () => {
    const pages = files.reduce((n, f) => n + load(f).golden.pages.length, 0);
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(pages).toBeGreaterThanOrEqual(12);
  });

  it.each(files)("%s: every character lands somewhere, and only typesetting is dropped", (file) => {
    const { text, golden } = load(file);
    // Checked before any conversion: conversion rewrites characters on purpose.
    const pages = importPages(text, { ...golden.options, convert: undefined });
    expect(unaccounted(text, pages)).toEqual([]);
    expect(suspiciousMarkup(pages)).toEqual([]);
  });

  it.each(files)("%s: finds the pages of the file with their labels", (file) => {
    const { text, golden } = load(file);
    expect(importPages(text, golden.options).map((p) => p.label)).toEqual(golden.pages.map((p) => p.label));
  });

  it("reads at least 95 % of the fields right", () => {
    const tally = emptyTally();
    for (const file of files) {
      const { text, golden } = load(file);
      const pages = importPages(text, golden.options);
      golden.pages.forEach((page, i) => score(tally, `${file} p${i + 1}`, page.articles, pages[i] ? asGolden(pages[i]) : []));
    }
    const rows = FIELDS.map((f) => `  ${f.padEnd(20)} ${String(tally.right[f]).padStart(4)} / ${String(tally.total[f]).padEnd(4)} ${(accuracy(tally, f) * 100).toFixed(1)} %`);
    console.log(["Import corpus: field accuracy", ...rows, `  ${"overall".padEnd(20)} ${(accuracy(tally) * 100).toFixed(1)} %`, ...tally.misses.map((m) => `  ✗ ${m}`)].join("\n"));
    expect(accuracy(tally)).toBeGreaterThanOrEqual(0.95);
  });
});

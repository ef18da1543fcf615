// Generated OCR text of a newspaper archive for the import benchmark: one
// file per day (2020-01-01.txt, …), eight pages in each behind their
// 第0X版 headers, every story in one of the forms the importer reads —
// bare headline stacks, # headings, the dateline and byline forms of
// decision 0026, ■ captions, a commentary page, credit lines — with the
// column breaks OCR leaves. Sentences come from the demo page's text.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { GIVEN, loadCorpus, PAGES, SURNAMES, type Corpus } from "@/lib/testing/archive/corpus";
import { randomSource, type Random } from "@/lib/testing/archive/generate";

const COUNTIES = ["西和", "礼县", "宕昌", "徽县", "两当", "康县"];
const PER_DAY = PAGES.length;

const name = (r: Random) => r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.6) ? r.pick(GIVEN) : "");
/** Print pads a two-character name to the width of three: 曾  强. */
const padded = (n: string) => (Array.from(n).length === 2 ? Array.from(n).join("  ") : n);

function byline(r: Random, month: number, day: number): string {
  const [a, b] = [name(r), name(r)];
  switch (r.int(0, 7)) {
    case 0: return `本报讯（记者 ${a}）`;
    case 1: return `本报讯（记者 ${a} 通讯员 ${b}）`;
    case 2: return `本报讯（本报记者  ${padded(a)}  通讯员  ${padded(b)}）`;
    case 3: return `${r.pick(COUNTIES)}讯（通讯员 ${a}）`;
    case 4: return `新华社北京${month}月${day}日电（记者 ${a}）`;
    case 5: return `本报讯（全媒体记者 ${a} 见习记者 ${b} 文/图）`;
    case 6: return `本报${month}月${day}日讯 （记者/${a}）`;
    default: return `本报讯（记者${a}）`;
  }
}

/** A paragraph, sometimes broken by a column jump the way OCR leaves it. */
function paragraph(corpus: Corpus, r: Random): string {
  const text = Array.from({ length: r.int(1, 3) }, () => r.pick(corpus.sentences)).join("");
  if (!r.chance(0.15)) return text;
  const chars = Array.from(text);
  const at = r.int(5, Math.max(6, chars.length - 5));
  return `${chars.slice(0, at).join("")}\n\n${chars.slice(at).join("")}`;
}

function story(corpus: Corpus, r: Random, month: number, day: number): string {
  const lines: string[] = [];
  const headline = r.pick(corpus.headlines);
  if (r.chance(0.2)) {
    lines.push(`## ${headline}`);
  } else {
    if (r.chance(0.25)) lines.push(r.pick(corpus.kickers));
    lines.push(headline);
    if (r.chance(0.15)) lines.push(`——${r.pick(corpus.headlines)}`);
  }
  const body = Array.from({ length: r.int(1, 5) }, () => paragraph(corpus, r));
  if (r.chance(0.1)) lines.push(`本报记者 ${name(r)}`, `${month}月${day}日，${body.join("\n\n")}`);
  else lines.push(`${byline(r, month, day)}${month}月${day}日，${body.join("\n\n")}`);
  if (r.chance(0.15)) lines.push("", "", `■ ${r.pick(corpus.captions)}`);
  return lines.join("\n\n");
}

function commentary(corpus: Corpus, r: Random): string {
  const body = Array.from({ length: r.int(3, 5) }, () => Array.from({ length: 2 }, () => r.pick(corpus.sentences)).join(""));
  return ["## 今日评论", `### ${r.pick(corpus.headlines)}`, name(r), ...body].join("\n\n");
}

function page(corpus: Corpus, r: Random, date: string, index: number): string {
  const { number, name: pageName } = PAGES[index]!;
  const [, month = 1, day = 1] = date.split("-").map(Number);
  const header = `${date.slice(0, 4)}年${month}月${day}日 第${String(number).padStart(2, "0")}版 ${pageName}`;
  const stories = pageName === "评论"
    ? [commentary(corpus, r), story(corpus, r, month, day)]
    : Array.from({ length: r.int(4, 7) }, () => story(corpus, r, month, day));
  return [header, ...stories, `值班编委/${name(r)} 本版编辑/${name(r)}`].join("\n\n");
}

/** Writes `pages` pages (eight a day) under `folder`; returns the files. */
export async function writeArchive(folder: string, pages: number, seed = 20261205): Promise<string[]> {
  const loaded = loadCorpus();
  // Clauses such as 区领导刘涛、谷静出席 are lists of who attended, which the
  // importer rightly never takes for a headline: a generated page must not
  // set them as one.
  const corpus = { ...loaded, headlines: loaded.headlines.filter((h) => !/(出席|参加|陪同)$/u.test(h)) };
  const r = randomSource(seed);
  await mkdir(folder, { recursive: true });
  const files: string[] = [];
  for (let d = 0; d * PER_DAY < pages; d++) {
    const date = new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10);
    const count = Math.min(PER_DAY, pages - d * PER_DAY);
    const text = Array.from({ length: count }, (_, i) => page(corpus, r, date, i)).join("\n\n");
    const file = path.join(folder, `${date}.txt`);
    await writeFile(file, `${text}\n`);
    files.push(file);
  }
  return files;
}

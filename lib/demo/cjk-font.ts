// The font the demo's printed page is set in: Noto Serif SC, the reader
// pages' own font (@fontsource/noto-serif-sc, SIL OFL), which ships it cut
// into about a hundred files by Unicode range. Each file a page uses is
// embedded in the PDF as a font of its own (subset to the characters used),
// so the PDF has real text with a ToUnicode map: a text layer to find the
// stories in, as a layout system's export has.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { inflateSync } from "node:zlib";
import fontkit from "@pdf-lib/fontkit";
import { beginText, endText, moveText, PDFHexString, setFontAndSize, showText, type PDFDocument, type PDFFont, type PDFName, type PDFPage } from "pdf-lib";

export type Weight = 400 | 700;

interface Chunk {
  file: string;
  ranges: [number, number][];
}

interface Glyph {
  chunk: string;
  hex: string;
  /** Advance in em. */
  advance: number;
}

const dir = path.dirname(createRequire(import.meta.url).resolve("@fontsource/noto-serif-sc/package.json"));
const chunkCache = new Map<Weight, Chunk[]>();

/** The files of one weight and the code points each covers, from the package's CSS. */
function chunksOf(weight: Weight): Chunk[] {
  let chunks = chunkCache.get(weight);
  if (!chunks) {
    const css = readFileSync(path.join(dir, `${weight}.css`), "utf8");
    chunks = [...css.matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)].map((m) => ({
      file: m[1]!,
      ranges: m[2]!.split(",").map((range) => {
        const [from, to] = range.trim().slice(2).split("-");
        return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number];
      }),
    }));
    chunkCache.set(weight, chunks);
  }
  return chunks;
}

/**
 * A WOFF file as the plain TrueType it wraps: fontkit reads a WOFF by
 * inflating a table on every glyph it looks up, which makes subsetting a
 * page's worth of characters take seconds instead of milliseconds.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const stored = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + stored);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: stored < length ? inflateSync(raw) : raw };
  });
  let selector = 0;
  while (1 << (selector + 1) <= count) selector++;
  const range = (1 << selector) * 16;
  const headerLength = 12 + count * 16;
  const out = Buffer.alloc(tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), headerLength));
  out.writeUInt32BE(woff.readUInt32BE(4), 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(range, 6);
  out.writeUInt16BE(selector, 8);
  out.writeUInt16BE(count * 16 - range, 10);
  let offset = headerLength;
  tables.forEach((table, i) => {
    out.writeUInt32BE(table.tag, 12 + i * 16);
    out.writeUInt32BE(table.checksum, 16 + i * 16);
    out.writeUInt32BE(offset, 20 + i * 16);
    out.writeUInt32BE(table.data.length, 24 + i * 16);
    table.data.copy(out, offset);
    offset += (table.data.length + 3) & ~3;
  });
  return out;
}

/**
 * The characters a document will use, embedded once: `prepare` with all the
 * text first (embedding is asynchronous), then measure and draw.
 */
export class CjkFonts {
  private readonly glyphs = new Map<string, Glyph>();
  private readonly fonts = new Map<string, PDFFont>();
  // A page names each font once in its resources (pdf-lib adds a new name per call).
  private readonly names = new WeakMap<PDFPage, Map<string, PDFName>>();

  private constructor(private readonly doc: PDFDocument) {}

  static async prepare(doc: PDFDocument, texts: Record<Weight, string>): Promise<CjkFonts> {
    doc.registerFontkit(fontkit);
    const fonts = new CjkFonts(doc);
    for (const weight of [400, 700] as const) await fonts.embed(weight, texts[weight]);
    return fonts;
  }

  private async embed(weight: Weight, text: string) {
    const byChunk = new Map<Chunk, string[]>();
    for (const char of new Set(text.replace(/\s/g, ""))) {
      const code = char.codePointAt(0)!;
      const chunk = chunksOf(weight).find((c) => c.ranges.some(([from, to]) => code >= from && code <= to));
      // A character the font lacks is left out of the demo page.
      if (chunk) byChunk.set(chunk, [...(byChunk.get(chunk) ?? []), char]);
    }
    for (const [chunk, chars] of byChunk) {
      const sfnt = woffToSfnt(readFileSync(path.join(dir, "files", chunk.file)));
      const metrics = fontkit.create(sfnt);
      const font = await this.doc.embedFont(sfnt, { subset: true, features: { liga: false, kern: false } });
      this.fonts.set(chunk.file, font);
      // One call for all the characters: each call lays the text out anew,
      // which costs about a millisecond whatever its length.
      const hex = font.encodeText(chars.join("")).asString();
      if (hex.length !== chars.length * 4) throw new Error(`${chunk.file}: characters and glyphs do not pair up`);
      chars.forEach((char, i) => {
        const glyph = metrics.glyphForCodePoint(char.codePointAt(0)!);
        this.glyphs.set(`${weight}${char}`, { chunk: chunk.file, hex: hex.slice(i * 4, i * 4 + 4), advance: glyph.advanceWidth / metrics.unitsPerEm });
      });
    }
  }

  /** Width of one character in points; 0 for one the font lacks (it is not drawn). */
  advance(char: string, size: number, weight: Weight): number {
    return (this.glyphs.get(`${weight}${char}`)?.advance ?? 0) * size;
  }

  width(text: string, size: number, weight: Weight): number {
    let sum = 0;
    for (const char of text) sum += this.advance(char, size, weight);
    return sum;
  }

  private nameOn(page: PDFPage, chunk: string): PDFName {
    let names = this.names.get(page);
    if (!names) this.names.set(page, (names = new Map()));
    let name = names.get(chunk);
    if (!name) {
      const font = this.fonts.get(chunk)!;
      name = page.node.newFontDictionary(font.name, font.ref);
      names.set(chunk, name);
    }
    return name;
  }

  /** Draws `text` with its baseline at (x, y), PDF coordinates; one text run per font file. */
  draw(page: PDFPage, text: string, x: number, y: number, size: number, weight: Weight) {
    let run = "";
    let runChunk = "";
    let runX = x;
    let cursor = x;
    const flush = () => {
      if (!run) return;
      const key = this.nameOn(page, runChunk);
      page.pushOperators(beginText(), setFontAndSize(key, size), moveText(runX, y), showText(PDFHexString.of(run)), endText());
      run = "";
    };
    for (const char of text) {
      const glyph = this.glyphs.get(`${weight}${char}`);
      if (!glyph) continue;
      if (glyph.chunk !== runChunk) {
        flush();
        runChunk = glyph.chunk;
        runX = cursor;
      }
      run += glyph.hex;
      cursor += glyph.advance * size;
    }
    flush();
  }
}

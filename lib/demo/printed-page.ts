// The demo's printed page: the seed's stories set as a broadsheet page (350 ×
// 500 mm) and written as a PDF with a real text layer, as a layout system
// would export it. It stands in for the page the paper printed, so the
// embedded demo shows the 数字报 working end to end: uploaded, rendered,
// its stories found on it.
//
// The layout is deliberately plain: the page's name over a red rule, the
// lead across the full width, the other stories in two stacks of three
// columns, body text balanced over a story's columns, the commentary boxed.
// The body size is the largest that fits everything on the page.
import { PDFDocument, rgb, setFillingRgbColor } from "pdf-lib";
import { CjkFonts, type Weight } from "./cjk-font";

export interface PrintedStory {
  id: string;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  /** 本报讯 (记者 郭坤 文/图), printed before the body; for a commentary, its author under the headline. */
  byline: string;
  /** A commentary's column (今日评论): the story is boxed under it. */
  column: string | null;
  paragraphs: string[];
  /** A photo's caption each; "" for a photo without one. */
  photos: string[];
}

export interface PrintedPageInput {
  paperName: string;
  /** 2021年11月2日 星期二 */
  dateLine: string;
  /** 第03版 */
  pageLabel: string;
  pageName: string;
  /** In page order, the lead first. */
  stories: PrintedStory[];
  /** A JPEG to print in every photo's place (the benchmark's pages carry real pictures); grey boxes without it. */
  photo?: Uint8Array;
}

/** Where a story was set, as fractions of the page from its top left. */
export interface StoryBlock {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PrintedPage {
  pdf: Uint8Array;
  blocks: StoryBlock[];
}

type Op =
  | { kind: "text"; text: string; x: number; y: number; size: number; weight: Weight; red?: boolean }
  | { kind: "box"; x: number; y: number; width: number; height: number; fill?: number; stroke?: boolean }
  | { kind: "rule"; x1: number; y1: number; x2: number; y2: number; width: number; red?: boolean };

type Measure = (char: string, size: number, weight: Weight) => number;

// Points; y grows downwards here and is turned round only when drawing.
const PAGE = { width: 992, height: 1417, margin: 40, columns: 6, gutter: 12, contentTop: 96 };
const COLUMN = (PAGE.width - 2 * PAGE.margin - (PAGE.columns - 1) * PAGE.gutter) / PAGE.columns;
const spanWidth = (columns: number) => columns * COLUMN + (columns - 1) * PAGE.gutter;
const GAP = 14;
// Marks that may not start a line (禁则).
const CLOSING = new Set([..."，。、；：？！）》」』”’…·,.;:?!)"]);

/** `text` broken into lines of at most `width` points (the first `indent` points narrower). */
function wrap(text: string, width: number, size: number, weight: Weight, measure: Measure, indent = 0): string[] {
  const lines: string[] = [];
  let line = "";
  let used = indent;
  // Latin words and numbers stay whole; everything else breaks anywhere.
  const widthOf = (t: string) => [...t].reduce((sum, c) => sum + measure(c, size, weight), 0);
  for (const token of text.match(/[A-Za-z0-9.%/-]+|\s+|./gu) ?? []) {
    const tokenWidth = widthOf(token);
    if (!line || used + tokenWidth <= width) {
      line += token;
      used += tokenWidth;
      continue;
    }
    // A mark may not start a line: the character before it goes down with it.
    const carried = CLOSING.has(token) ? ([...line].pop() ?? "") : "";
    lines.push(carried ? line.slice(0, -carried.length) : line);
    line = token.trim() ? carried + token : carried;
    used = widthOf(line);
  }
  if (line.trim()) lines.push(line);
  return lines;
}

/** Lays a story out in `columns` columns from (x, y); returns its height. */
function setStory(story: PrintedStory, x: number, y: number, columns: number, bodySize: number, lead: boolean, measure: Measure, ops: Op[]): number {
  const width = spanWidth(columns);
  const top = y;
  const centred = (text: string, size: number, weight: Weight, leading: number, red = false) => {
    for (const line of wrap(text, width, size, weight, measure)) {
      const lineWidth = [...line].reduce((sum, c) => sum + measure(c, size, weight), 0);
      y += size * leading;
      ops.push({ kind: "text", text: line, x: x + (width - lineWidth) / 2, y, size, weight, red });
    }
  };
  if (story.column) {
    y += 4;
    centred(story.column, 12, 700, 1.3, true);
    y += 4;
  }
  if (story.kicker) centred(story.kicker, lead ? 13 : 10.5, 400, 1.4);
  centred(story.headline, lead ? 26 : 16, 700, 1.3);
  if (story.subheadline) centred(story.subheadline, lead ? 13 : 10.5, 400, 1.4);
  if (story.column) centred(story.byline, 10, 400, 1.6);
  y += 8;
  for (const caption of story.photos) {
    // A grey box where the photo ran: at most three columns wide, centred.
    const boxWidth = Math.min(width, spanWidth(3));
    const height = Math.round(boxWidth * 0.36);
    ops.push({ kind: "box", x: x + (width - boxWidth) / 2, y, width: boxWidth, height, fill: 0.82 });
    y += height;
    if (caption) centred(caption, 8.5, 400, 1.5);
    y += 6;
  }

  const leading = bodySize * 1.5;
  const lines: { text: string; indent: number }[] = [];
  story.paragraphs.forEach((paragraph, i) => {
    const text = i === 0 && !story.column && story.byline ? `${story.byline}${paragraph}` : paragraph;
    const indent = 2 * bodySize;
    wrap(text, COLUMN, bodySize, 400, measure, indent).forEach((line, n) => lines.push({ text: line, indent: n === 0 ? indent : 0 }));
  });
  const perColumn = Math.ceil(lines.length / columns);
  lines.forEach((line, i) => {
    const column = Math.floor(i / perColumn);
    const row = i % perColumn;
    ops.push({ kind: "text", text: line.text, x: x + column * (COLUMN + PAGE.gutter) + line.indent, y: y + (row + 1) * leading - bodySize * 0.25, size: bodySize, weight: 400 });
  });
  y += perColumn * leading + 6;
  if (story.column) ops.push({ kind: "box", x: x - 4, y: top, width: width + 8, height: y - top, stroke: true });
  return y - top;
}

interface Layout {
  ops: Op[];
  blocks: StoryBlock[];
  bottom: number;
}

function layOut(input: PrintedPageInput, bodySize: number, measure: Measure): Layout {
  const ops: Op[] = [];
  const blocks: StoryBlock[] = [];
  const { margin, width: pageWidth } = PAGE;
  // The page's head: its name large on the left, the paper and date on the right, a red rule under both.
  ops.push({ kind: "text", text: input.pageName, x: margin, y: 72, size: 30, weight: 700, red: true });
  const right = `${input.paperName}  ${input.dateLine}  ${input.pageLabel}`;
  const rightWidth = [...right].reduce((sum, c) => sum + measure(c, 11, 400), 0);
  ops.push({ kind: "text", text: right, x: pageWidth - margin - rightWidth, y: 72, size: 11, weight: 400 });
  ops.push({ kind: "rule", x1: margin, y1: 82, x2: pageWidth - margin, y2: 82, width: 2.5, red: true });
  ops.push({ kind: "rule", x1: margin, y1: 86, x2: pageWidth - margin, y2: 86, width: 0.5 });

  const place = (story: PrintedStory, x: number, y: number, columns: number, lead: boolean) => {
    const height = setStory(story, x, y, columns, bodySize, lead, measure, ops);
    blocks.push({ id: story.id, x, y, width: spanWidth(columns), height });
    return height;
  };
  const [lead, ...rest] = input.stories;
  let top = PAGE.contentTop;
  if (lead && rest.length === 0) return { ops, blocks, bottom: top + place(lead, margin, top, PAGE.columns, true) };
  if (lead) {
    top += place(lead, margin, top, PAGE.columns, true) + GAP / 2;
    ops.push({ kind: "rule", x1: margin, y1: top, x2: pageWidth - margin, y2: top, width: 1 });
    top += GAP / 2;
  }
  // Two stacks of three columns; each story goes under the shorter one.
  const stacks = [margin, margin + spanWidth(3) + PAGE.gutter].map((x) => ({ x, bottom: top }));
  for (const story of rest) {
    const stack = stacks[0]!.bottom <= stacks[1]!.bottom ? stacks[0]! : stacks[1]!;
    if (stack.bottom > top) {
      ops.push({ kind: "rule", x1: stack.x, y1: stack.bottom - GAP / 2, x2: stack.x + spanWidth(3), y2: stack.bottom - GAP / 2, width: 0.5 });
    }
    stack.bottom += place(story, stack.x, stack.bottom, 3, false) + GAP;
  }
  const bottom = Math.max(...stacks.map((s) => s.bottom));
  const middle = margin + spanWidth(3) + PAGE.gutter / 2;
  ops.push({ kind: "rule", x1: middle, y1: top, x2: middle, y2: bottom - GAP, width: 0.5 });
  return { ops, blocks, bottom };
}

/** The page as a PDF, and where each story landed on it. */
export async function printPage(input: PrintedPageInput): Promise<PrintedPage> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${input.paperName} ${input.dateLine} ${input.pageLabel} ${input.pageName}`);
  doc.setCreator("Copydesk demo");
  doc.setProducer("Copydesk demo");
  // Fixed dates: the same stories always make the same file.
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  const stories = input.stories;
  const fonts = await CjkFonts.prepare(doc, {
    400: [input.dateLine, input.pageLabel, input.paperName, ...stories.flatMap((s) => [s.kicker ?? "", s.subheadline ?? "", s.byline, ...s.paragraphs, ...s.photos])].join(""),
    700: [input.pageName, ...stories.flatMap((s) => [s.headline, s.column ?? ""])].join(""),
  });
  const measure: Measure = (char, size, weight) => fonts.advance(char, size, weight);

  // The largest body size (in quarter points, from 10 pt down) at which everything fits.
  let layout = layOut(input, 10, measure);
  for (let size = 9.75; layout.bottom > PAGE.height - PAGE.margin && size >= 6; size -= 0.25) layout = layOut(input, size, measure);

  const page = doc.addPage([PAGE.width, PAGE.height]);
  const picture = input.photo ? await doc.embedJpg(input.photo) : null;
  const press = rgb(0.69, 0.11, 0.11);
  const flip = (y: number) => PAGE.height - y;
  for (const op of layout.ops) {
    if (op.kind === "text") {
      if (op.red) page.pushOperators(setFillingRgbColor(0.69, 0.11, 0.11));
      fonts.draw(page, op.text, op.x, flip(op.y), op.size, op.weight);
      if (op.red) page.pushOperators(setFillingRgbColor(0, 0, 0));
    } else if (op.kind === "box" && op.fill !== undefined && picture) {
      page.drawImage(picture, { x: op.x, y: flip(op.y + op.height), width: op.width, height: op.height });
    } else if (op.kind === "box") {
      page.drawRectangle({
        x: op.x,
        y: flip(op.y + op.height),
        width: op.width,
        height: op.height,
        ...(op.fill !== undefined ? { color: rgb(op.fill, op.fill, op.fill) } : {}),
        ...(op.stroke ? { borderColor: press, borderWidth: 1 } : {}),
      });
    } else {
      page.drawLine({ start: { x: op.x1, y: flip(op.y1) }, end: { x: op.x2, y: flip(op.y2) }, thickness: op.width, color: op.red ? press : rgb(0, 0, 0) });
    }
  }
  const blocks = layout.blocks.map((b) => ({ id: b.id, x: b.x / PAGE.width, y: b.y / PAGE.height, width: b.width / PAGE.width, height: b.height / PAGE.height }));
  return { pdf: await doc.save(), blocks };
}

// Hotspot finding on printed pages with a real text layer: the sample page
// and the demo's own 第03版 (every story of it), each region checked against
// where the printer set the story. Rules as numbered in hotspots.ts.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { formatByline } from "@/lib/articles/byline";
import { printPage, type PrintedStory, type StoryBlock } from "@/lib/demo/printed-page";
import { DEMO_PAGE_FILE } from "@/lib/demo/seed";
import { importPage } from "@/lib/import";
import { fromProposal } from "@/lib/import/proposal";
import { printSamplePage, SAMPLE_STORIES } from "@/lib/testing/epaper";
import { findHotspots, REGION_SCALE, type PageStory, type Region } from "./hotspots";
import { normalize, toLines } from "./lines";
import { renderPdf, type RenderedPage } from "./render";

const asPageStory = (s: PrintedStory): PageStory => ({ id: s.id, column: s.column, kicker: s.kicker, headline: s.headline, subheadline: s.subheadline, body: s.paragraphs.join("\n\n"), captions: s.photos.filter(Boolean) });

/** The region lies inside the block, give or take its padding (half a line, under 1 % of the page). */
function inside(region: Region, block: StoryBlock): boolean {
  const slack = 0.01 * REGION_SCALE;
  return (
    region.x >= block.x * REGION_SCALE - slack &&
    region.y >= block.y * REGION_SCALE - slack &&
    region.x + region.width <= (block.x + block.width) * REGION_SCALE + slack &&
    region.y + region.height <= (block.y + block.height) * REGION_SCALE + slack
  );
}

/** Intersection over union of a region and a printed block (fractions of the page). */
function overlap(region: Region, block: StoryBlock): number {
  const r = { x: region.x / REGION_SCALE, y: region.y / REGION_SCALE, w: region.width / REGION_SCALE, h: region.height / REGION_SCALE };
  const w = Math.max(0, Math.min(r.x + r.w, block.x + block.width) - Math.max(r.x, block.x));
  const h = Math.max(0, Math.min(r.y + r.h, block.y + block.height) - Math.max(r.y, block.y));
  const inter = w * h;
  return inter / (r.w * r.h + block.width * block.height - inter);
}

async function printAndRender(stories: PrintedStory[], print: (stories: PrintedStory[]) => ReturnType<typeof printSamplePage> = printSamplePage) {
  const { pdf, blocks } = await print(stories);
  const [page] = await renderPdf(pdf);
  return { page: page!, blocks };
}

describe("findHotspots on the sample page", () => {
  let page: RenderedPage;
  let blocks: StoryBlock[];
  beforeAll(async () => {
    ({ page, blocks } = await printAndRender(SAMPLE_STORIES));
  }, 60_000);

  it("rules 1, 3, 4: finds every story, each region the block the story was set in", () => {
    const { hotspots, missing } = findHotspots(page.text, page, SAMPLE_STORIES.map(asPageStory));
    expect(missing).toEqual([]);
    expect(hotspots.map((h) => h.articleId)).toEqual(SAMPLE_STORIES.map((s) => s.id));
    for (const hotspot of hotspots) {
      const block = blocks.find((b) => b.id === hotspot.articleId)!;
      // The block's full width, where the text's last column is short, is not text.
      expect(overlap(hotspot, block), hotspot.articleId).toBeGreaterThan(0.75);
      expect(inside(hotspot, block), hotspot.articleId).toBe(true);
    }
  });

  it("rule 2: a headline changed on the desk after printing is found by the body's first sentence", () => {
    const stories = SAMPLE_STORIES.map(asPageStory).map((s) => (s.id === "second" ? { ...s, headline: "黄河路今起恢复通车" } : s));
    const { hotspots, missing } = findHotspots(page.text, page, stories);
    expect(missing).toEqual([]);
    const second = hotspots.find((h) => h.articleId === "second")!;
    expect(overlap(second, blocks.find((b) => b.id === "second")!)).toBeGreaterThan(0.6);
  });

  it("a story that is not on the page is reported missing; the others are still found", () => {
    const stranger: PageStory = { id: "stranger", kicker: null, headline: "周口港新航线开通", subheadline: null, body: "周口港至上海港集装箱新航线昨日开通，首班货轮满载出港。", captions: [] };
    const { hotspots, missing } = findHotspots(page.text, page, [...SAMPLE_STORIES.map(asPageStory), stranger]);
    expect(missing).toEqual(["stranger"]);
    expect(hotspots).toHaveLength(SAMPLE_STORIES.length);
  });

  it("a page without text (a scan) proposes nothing", () => {
    expect(findHotspots([], page, SAMPLE_STORIES.map(asPageStory))).toEqual({ hotspots: [], missing: SAMPLE_STORIES.map((s) => s.id) });
  });
});

describe("findHotspots on the demo's 第03版", () => {
  it("finds all eight stories of the demo page, each where it was set, none on top of another", async () => {
    const { articles } = importPage(readFileSync(DEMO_PAGE_FILE, "utf8"), { editionDate: "2021-11-02" });
    const stories: PrintedStory[] = articles.map(fromProposal).map((a, i) => ({
      id: `story-${i}`,
      kicker: a.kicker ?? null,
      headline: a.headline,
      subheadline: a.subheadline ?? null,
      byline: formatByline(a.dateline, a.contributors.map((c) => ({ ...c, credit: c.credit ?? null })), "zh-CN", { commentary: a.type === "COMMENTARY" }),
      column: a.column ?? null,
      paragraphs: a.paragraphs,
      photos: a.captions ?? [],
    }));
    expect(stories).toHaveLength(8);
    const { page, blocks } = await printAndRender(stories, (s) => printPage({ paperName: "示例日报", dateLine: "2021年11月2日 星期二", pageLabel: "第03版", pageName: "开发区", stories: s }));
    const { hotspots, missing } = findHotspots(page.text, page, stories.map(asPageStory));
    expect(missing).toEqual([]);
    for (const hotspot of hotspots) {
      const block = blocks.find((b) => b.id === hotspot.articleId)!;
      expect(overlap(hotspot, block), hotspot.articleId).toBeGreaterThan(0.75);
      expect(inside(hotspot, block), hotspot.articleId).toBe(true);
      for (const other of hotspots.filter((h) => h !== hotspot)) {
        const block = { id: "", x: other.x / REGION_SCALE, y: other.y / REGION_SCALE, width: other.width / REGION_SCALE, height: other.height / REGION_SCALE };
        expect(overlap(hotspot, block), `${hotspot.articleId} over ${other.articleId}`).toBeLessThan(0.02);
      }
    }
  }, 60_000);
});

describe("lines of the text layer", () => {
  it("compares text without spaces or punctuation, full-width forms folded", () => {
    expect(normalize("本报讯 (记者 郭坤)11月1日,开发区")).toBe(normalize("本报讯（记者　郭坤）１１月１日，开发区"));
    expect(normalize("“创文”活动")).toBe("创文活动");
  });

  it("joins runs on one baseline into a line, and keeps a column's line apart from the next column's", () => {
    const run = (s: string, x: number, y: number) => ({ s, x, y, w: s.length * 20, h: 20 });
    const lines = toLines([run("开发区", 0, 0), run("夜市", 60, 1), run("开张", 140, 0), run("第二行", 0, 30)]);
    expect(lines.map((l) => l.text)).toEqual(["开发区夜市", "开张", "第二行"]);
    expect(lines[0]).toMatchObject({ x: 0, width: 100 });
  });
});

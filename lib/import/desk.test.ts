// The import desk's pages (desk-pages.ts): a paste of several pages shown
// page by page, the proposals that need a look first, each card keeping its
// place on the page; and what the desk sends for them (desk-create.ts).
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { deskPath, draftsJob, printedPages, publishJobs } from "./desk-create";
import { firstIndexes, inReviewOrder, needsLook, summarise, toDeskPages } from "./desk-pages";
import { removeCard, splitAt } from "./edit";
import { importPages } from "./index";

const TWO_PAGES = `第01版 要闻

# 城际铁路正式开通

本报讯（记者 孙明）6月5日，连接我市与省城的城际铁路正式开通运营。

首日共开行列车24对。

外贸进出口稳步增长

（王小明 记者 郑浩）

前5个月，全市外贸进出口总额达126亿元。

第02版 社会

# 图书馆延长开放时间

本报讯（记者 何琳）从6月10日起，市图书馆开放时间延长至每晚9点。

图书馆还将开设暑期少儿阅读班。

进而满足读者需求。

# 老城区改造启动

本报讯（记者 杜娟）老城区改造工程近日启动。
`;

const deskPages = (messages = en) => toDeskPages(importPages(TWO_PAGES, { editionDate: "2024-06-06" }), messages);

describe("toDeskPages", () => {
  it("splits a paste at its page headers, each page with its own cards and fragments", () => {
    const pages = deskPages();
    expect(pages.map((p) => [p.header, p.label])).toEqual([
      ["第01版 要闻", { number: 1, name: "要闻" }],
      ["第02版 社会", { number: 2, name: "社会" }],
    ]);
    expect(pages.map((p) => p.cards.map((c) => c.headline))).toEqual([
      ["城际铁路正式开通", "外贸进出口稳步增长"],
      ["图书馆延长开放时间", "老城区改造启动"],
    ]);
    expect(pages[0]!.fragments).toEqual([]);
    expect(pages[1]!.fragments).toMatchObject([{ text: "进而满足读者需求。", afterArticle: 0 }]);
    expect(summarise(pages)).toEqual({ pages: 2, articles: 4, fragments: 1, needingLook: 2 });
    expect(firstIndexes(pages)).toEqual([0, 2]);
  });

  it("leaves out a header with nothing under it, and keeps a page of fragments alone", () => {
    const pages = toDeskPages(importPages("第01版 要闻\n\n第02版 社会\n\n进而满足读者需求。\n\n# 图书馆开放\n\n本报讯（记者 何琳）图书馆开放。"), en);
    expect(pages.map((p) => p.label?.number)).toEqual([2]);
    const masthead = toDeskPages(importPages("进而满足读者需求。\n\n第02版 社会\n\n# 图书馆开放\n\n本报讯（记者 何琳）图书馆开放。"), en);
    expect(masthead.map((p) => [p.label?.number ?? null, p.cards.length, p.fragments.length])).toEqual([[null, 0, 1], [2, 1, 0]]);
  });

  it("says what was read and what guessed, with the importer's notes, in the editor's language", () => {
    const [english, chinese] = [deskPages(en), deskPages(zhCN)];
    const trade = english[0]!.cards[1]!;
    expect(trade.fields).toMatchObject({
      headline: { how: "guessed", reason: "headlineAboveByline" },
      dateline: { how: "read", reason: "datelineNotPrinted" },
      contributors: { how: "guessed", reason: "correspondentFirst" },
    });
    expect(trade.notes).toEqual(["Headline guessed from the shape of a short line (no # mark).", "Named before the first role word: correspondent assumed."]);
    expect(chinese[0]!.cards[1]!.notes).toEqual(["主题由标题行的样式推测得出（没有 # 标记）。", "排在第一个身份词之前的署名，暂按通讯员处理。"]);
    expect(chinese[1]!.fragments[0]!.reason).toBe("以承接上文的连词开头，应接在别处的句子后面。");
  });

  it("has no English in the Chinese catalog's importer notes and marks", () => {
    const shown = [...Object.values(zhCN.importNotes), ...Object.values(zhCN.importConfidence)];
    expect(shown.filter((text) => /[A-Za-z]/.test(text.replace(/\{\w+\}/g, "")))).toEqual([]);
    expect(Object.keys(zhCN.importNotes).sort()).toEqual(Object.keys(en.importNotes).sort());
  });
});

describe("inReviewOrder", () => {
  it("shows the proposals that need a look first, page order among equals, each with its place on the page", () => {
    const [first, second] = deskPages();
    expect(inReviewOrder(first!.cards).map(({ card, index }) => [index, card.headline, needsLook(card)])).toEqual([
      [1, "外贸进出口稳步增长", true],
      [0, "城际铁路正式开通", false],
    ]);
    expect(inReviewOrder(second!.cards).map(({ index }) => index)).toEqual([0, 1]);
  });

  it("orders by how much needs a look, and keeps a split-off card beside the card it came from", () => {
    const [page] = deskPages();
    const cards = [
      { ...page!.cards[0]!, attention: 1 },
      { ...page!.cards[1]!, attention: 4 },
      { ...page!.cards[0]!, key: "x", attention: 1 },
      { ...page!.cards[1]!, key: "y", attention: 0 },
    ];
    expect(inReviewOrder(cards).map(({ index }) => index)).toEqual([1, 0, 2, 3]);
    const split = splitAt(cards, 0, 2)!;
    expect(inReviewOrder(split).map(({ index }) => index)).toEqual([2, 0, 1, 3, 4]);
    expect(split[1]).toMatchObject({ headline: "", attention: 1, fields: null });
  });
});

describe("what the desk sends", () => {
  it("sends drafts in page order, page after page, whatever order they were shown in", () => {
    const job = draftsJob(deskPages());
    expect(job.input.articles.map((a) => a.headline)).toEqual(["城际铁路正式开通", "外贸进出口稳步增长", "图书馆延长开放时间", "老城区改造启动"]);
    expect(job).toMatchObject({ first: 0, page: null, input: { mode: "drafts", sectionId: null } });
  });

  it("publishes each page under its own number and name, taken from its header, skipping a page emptied by the editor", () => {
    const pages = deskPages();
    const printed = printedPages(pages);
    expect(printed).toEqual([{ number: "1", name: "要闻" }, { number: "2", name: "社会" }]);
    const jobs = publishJobs(pages, "2024-06-06", printed, "s1");
    expect(jobs.map((j) => [j.first, j.page, j.input.edition, j.input.articles.length])).toEqual([
      [0, 0, { date: "2024-06-06", pageNumber: "1", pageName: "要闻" }, 2],
      [2, 1, { date: "2024-06-06", pageNumber: "2", pageName: "社会" }, 2],
    ]);
    const emptied = [{ ...pages[0]!, cards: removeCard(removeCard(pages[0]!.cards, 0), 0) }, pages[1]!];
    expect(publishJobs(emptied, "2024-06-06", printed, null).map((j) => [j.first, j.page])).toEqual([[0, 1]]);
    expect(printedPages([{ label: null }, { label: { number: 3, name: null } }])).toEqual([{ number: "", name: "" }, { number: "3", name: "" }]);
  });

  it("keys a page's errors as the desk shows them: articles counted over all pages, page fields by page", () => {
    const job = { first: 2, page: 1 };
    expect(deskPath("articles.0.headline", job)).toBe("articles.2.headline");
    expect(deskPath("articles.1.contributors.0.name", job, 10)).toBe("articles.13.contributors.0.name");
    expect(deskPath("edition.pageNumber", job)).toBe("pages.1.pageNumber");
    expect(deskPath("edition.pageName", job)).toBe("pages.1.pageName");
    expect(deskPath("edition.date", job)).toBe("edition.date");
    expect(deskPath("articles", job)).toBe("articles");
    expect(deskPath("", { first: 0, page: null })).toBe("form");
  });
});

// A file with several pages, and what the importer says about how sure it is.
import { describe, expect, it } from "vitest";
import { importPages, reviewOrder } from "./index";
import { splitPages } from "./pages";

const EDITION = [
  "2024年6月6日 星期四 第01版 要闻",
  "城际铁路开通",
  "本报讯（记者 孙明）6月5日，城际铁路开通。",
  "【第02版：经济】",
  "外贸增长8.2%",
  "本报讯（记者 郑浩）前5个月外贸增长8.2%。",
  "第3版 文化",
  "图书馆延长开放时间",
  "本报讯（记者 何琳）图书馆延长开放时间。",
].join("\n\n");

describe("pages of one file", () => {
  it("splits at each 第0X版 header, in its printed forms", () => {
    expect(splitPages(EDITION).map((p) => [p.header, p.label])).toEqual([
      ["2024年6月6日 星期四 第01版 要闻", { number: 1, name: "要闻", date: "2024-06-06" }],
      ["【第02版：经济】", { number: 2, name: "经济", date: null }],
      ["第3版 文化", { number: 3, name: "文化", date: null }],
    ]);
  });

  it("imports each page on its own, the header's date giving the year", () => {
    const pages = importPages(EDITION, { editionDate: "2023-01-01" });
    expect(pages.map((p) => p.articles.map((a) => a.headline))).toEqual([["城际铁路开通"], ["外贸增长8.2%"], ["图书馆延长开放时间"]]);
    expect(pages[0]?.articles[0]?.eventDate).toBe("2024-06-05");
    expect(pages.map((p) => p.label?.number)).toEqual([1, 2, 3]);
    expect(pages.map((p) => p.text.split("\n")[0])).toEqual(["2024年6月6日 星期四 第01版 要闻", "【第02版：经济】", "第3版 文化"]);
  });

  it("is one page without headers", () => {
    const pages = importPages("城际铁路开通\n\n本报讯（记者 孙明）城际铁路开通。");
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ header: null, label: null, date: null });
  });

  it("does not take a sentence that mentions a page for a header", () => {
    expect(splitPages("# 标题\n\n本报讯 本报第3版刊登了读者来信。\n\n第3版刊登的文章引起关注。")).toHaveLength(1);
  });
});

describe("confidence", () => {
  it("says per field whether it was read or guessed, with a reason key", () => {
    const [page] = importPages("# 城际铁路开通\n\n本报讯（记者 孙明）6月5日，城际铁路开通。\n\n站台宽敞。");
    expect(page?.articles[0]?.fields).toEqual({
      kicker: { how: "read", reason: "nothingPrinted" },
      headline: { how: "read", reason: "headlineFromHeading" },
      subheadline: { how: "read", reason: "nothingPrinted" },
      dateline: { how: "read", reason: "datelineRead" },
      contributors: { how: "read", reason: "contributorsRead" },
      body: { how: "read", reason: "bodyRead" },
      type: { how: "guessed", reason: "typeShape" },
      eventDate: { how: "read", reason: "eventDateLead" },
    });
  });

  it("puts the proposals that need a look first", () => {
    const page = [
      "# 城际铁路开通", "本报讯（记者 孙明）城际铁路开通。",
      "外贸增长", "（王小明 记者 郑浩）", "前5个月外贸增长。",
      "# 图书馆延长开放时间", "本报讯（记者 何琳）图书馆延长开放时间。",
    ].join("\n\n");
    const [result] = importPages(page);
    const articles = result?.articles ?? [];
    expect(articles.map((a) => a.headline)).toEqual(["城际铁路开通", "外贸增长", "图书馆延长开放时间"]);
    expect(articles[1]?.fields.contributors).toEqual({ how: "guessed", reason: "correspondentFirst" });
    expect(reviewOrder(articles)).toEqual([1, 0, 2]);
  });
});

// Unit tests: one small hand-made input per rule, so a failing rule names itself.

import { describe, expect, it } from "vitest";
import { parseByline } from "./byline";
import { findEventDate } from "./event-date";
import { splitHeadline } from "./headline";
import { importPage } from "./index";
import { removeCjkSpaces } from "./normalise";
import { joinPieces } from "./repair-lines";

/** Import one story under a `#` headline and return it. */
function story(body: string) {
  const result = importPage(`# 标题\n\n${body}`, { editionDate: "2021-11-02" });
  const article = result.articles[0];
  if (!article) throw new Error("no article");
  return article;
}

describe("line repair", () => {
  it("joins a word broken across a blank line", () => {
    expect(story("本报讯（记者 张三）区领导刘\n\n涛、谷静出席。").paragraphs).toEqual(["区领导刘涛、谷静出席。"]);
  });

  it("joins a sentence whose end mark landed on the next line", () => {
    expect(story("会议强调,形势要认\n\n清。要坚持。").paragraphs).toEqual(["会议强调,形势要认清。要坚持。"]);
  });

  it("keeps a paragraph end after 。", () => {
    expect(story("第一段结束。\n\n第二段开始。").paragraphs).toEqual(["第一段结束。", "第二段开始。"]);
  });

  it("keeps a paragraph end after a quote closed by 。”", () => {
    expect(story("他说：“我们会努力。”\n\n第二段开始。").paragraphs).toEqual(["他说：“我们会努力。”", "第二段开始。"]);
  });

  it("joins after a bare closing quote, which ends a phrase, not a paragraph", () => {
    expect(story("确定了“路线图”\n\n和“时间表”。").paragraphs).toEqual(["确定了“路线图”和“时间表”。"]);
  });

  it("removes spaces between CJK characters but keeps Latin spacing", () => {
    expect(removeCjkSpaces("防控 形势 仍然 严峻， COVID 19 疫情")).toBe("防控形势仍然严峻，COVID 19 疫情");
    expect(story("防控 形势 严峻,COVID 19 仍在传播。").paragraphs).toEqual(["防控形势严峻,COVID 19 仍在传播。"]);
  });

  it("joins Latin words across a break with a space, CJK without", () => {
    expect(joinPieces("COVID", "19")).toBe("COVID 19");
    expect(joinPieces("区领导刘", "涛")).toBe("区领导刘涛");
  });

  it("keeps a ..... cut as its own paragraph", () => {
    expect(story("第一项;\n\n.....\n\n第二段。").paragraphs).toEqual(["第一项;", ".....", "第二段。"]);
  });

  it("takes a short stray line in a layout gap as a photo caption", () => {
    const a = story("第一段。\n\n\n\n维修破损路面\n\n\n\n第二段开头。第二句接着写。");
    expect(a.captions).toEqual(["维修破损路面"]);
    expect(a.paragraphs).toHaveLength(2);
  });

  it("joins a short unpunctuated line packed between body lines instead of taking it as a caption", () => {
    const a = story("第一段。\n\n为推进专项行动深入开\n\n展,10月28日,再次检查。");
    expect(a.captions).toEqual([]);
    expect(a.paragraphs).toEqual(["第一段。", "为推进专项行动深入开展,10月28日,再次检查。"]);
  });
});

describe("bylines", () => {
  it("reads the markdown-bold byline with credit 文/图 and body on the same line", () => {
    const b = parseByline("**本报讯** (记者 郭坤 通讯员 曹文娟 文/图)11月1日,会议召开。".replace(/\*\*/g, ""));
    expect(b).toMatchObject({
      dateline: "本报讯",
      contributors: [
        { name: "郭坤", role: "REPORTER", credit: "TEXT_AND_PHOTO", title: "记者" },
        { name: "曹文娟", role: "CORRESPONDENT", credit: "TEXT_AND_PHOTO", title: "通讯员" },
      ],
      rest: "11月1日,会议召开。",
      notes: [],
      markup: ["(", "记者", "通讯员", "文/图", ")"],
    });
  });

  it("normalises full-width parentheses and slashes", () => {
    const b = parseByline("本报讯（记者 郭坤 通讯员 刘航 文／图）");
    expect(b?.contributors.map((c) => [c.name, c.role, c.credit])).toEqual([
      ["郭坤", "REPORTER", "TEXT_AND_PHOTO"],
      ["刘航", "CORRESPONDENT", "TEXT_AND_PHOTO"],
    ]);
  });

  it("reads traditional characters", () => {
    const b = parseByline("本報訊（記者 張三 通訊員 李四 文/圖）");
    expect(b?.dateline).toBe("本報訊");
    expect(b?.contributors).toEqual([
      { name: "張三", role: "REPORTER", credit: "TEXT_AND_PHOTO", title: "記者" },
      { name: "李四", role: "CORRESPONDENT", credit: "TEXT_AND_PHOTO", title: "通訊員" },
    ]);
  });

  it("reads a byline with only a reporter", () => {
    expect(parseByline("本报讯(记者 郭坤)")?.contributors).toEqual([{ name: "郭坤", role: "REPORTER", credit: null, title: "记者" }]);
  });

  it("gives each of several names after one role word its own contributor", () => {
    expect(parseByline("本报讯(记者 郭坤 王某)")?.contributors.map((c) => c.name)).toEqual(["郭坤", "王某"]);
  });

  it("reads photographers: 摄影 before a name, 攝影 traditional, 摄 as a trailing credit", () => {
    expect(parseByline("本报讯(记者 张三 摄影 王五)")?.contributors[1]).toEqual({ name: "王五", role: "PHOTOGRAPHER", credit: "PHOTO", title: "摄影" });
    expect(parseByline("本報訊(攝影 王五)")?.contributors[0]?.role).toBe("PHOTOGRAPHER");
    expect(parseByline("本报讯(记者 张三 摄)")?.contributors).toEqual([{ name: "张三", role: "REPORTER", credit: "PHOTO", title: "记者" }]);
  });

  it("reads an agency dateline as the dateline", () => {
    const b = parseByline("新华社北京11月1日电（记者 张三）国务院今天召开会议。");
    expect(b?.dateline).toBe("新华社北京11月1日电");
    expect(b?.rest).toBe("国务院今天召开会议。");
    const a = story("新华社北京11月1日电（记者 张三）国务院今天召开会议。");
    expect(a.dateline).toBe("新华社北京11月1日电");
    expect(a.eventDate).toBe("2021-11-01"); // from the 电头, the lead states no date
  });

  it("does not take body text or (如图) as a byline", () => {
    expect(parseByline("本报记者近日走访了电力公司。")).toBeNull();
    expect(parseByline("(如图)会议现场。")).toBeNull();
  });

  it("leaves dateline empty and notes a missing byline", () => {
    const a = story("正文第一段。\n\n第二段。");
    expect(a.dateline).toBe("");
    expect(a.contributors).toEqual([]);
    expect(a.notes).toContainEqual({ key: "noByline" });
  });

  it("leaves the dateline empty for a bracket of contributors without a 电头: it was not printed", () => {
    const a = story("(记者 张三)正文。");
    expect(a.dateline).toBe("");
    expect(a.contributors.map((c) => c.name)).toEqual(["张三"]);
    expect(a.fields.dateline).toEqual({ how: "read", reason: "datelineNotPrinted" });
  });
});

describe("headlines and story splitting", () => {
  it("takes bare short lines before a byline as kicker and headline, without #", () => {
    const page = "引题文字\n\n标题一\n\n本报讯（记者 张三）11月1日，某事发生。\n\n第二段。\n\n标题二\n\n——副题文字\n\n本报讯（记者 李四）另一事。";
    const { articles } = importPage(page, { editionDate: "2021-11-02" });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      ["引题文字", "标题一", null],
      [null, "标题二", "——副题文字"],
    ]);
    expect(articles[0]?.paragraphs).toEqual(["11月1日，某事发生。", "第二段。"]);
    expect(articles[1]?.notes).toContainEqual({ key: "headlineGuessed" });
  });

  it("takes a bare line directly above a # headline as its kicker", () => {
    const { articles } = importPage("学习贯彻会议精神\n\n# 把精神转化为动力\n\n正文。");
    expect(articles[0]?.kicker).toBe("学习贯彻会议精神");
    expect(articles[0]?.headline).toBe("把精神转化为动力");
  });

  it("splits parallel leading clauses off as the kicker, and only then", () => {
    expect(splitHeadline("交流理清思路 畅谈碰撞火花 务虚会为开发区务实干明确方向")).toEqual({
      kicker: "交流理清思路 畅谈碰撞火花",
      headline: "务虚会为开发区务实干明确方向",
    });
    expect(splitHeadline("开发区 安全生产绷紧弦 除患排险在行动").kicker).toBeNull();
    expect(splitHeadline("安全生产绷紧弦 除患排险在行动").kicker).toBeNull();
  });

  it("reads a column heading, its headline and author line as one commentary", () => {
    const { articles } = importPage("## 今日评论\n\n### 依法治理保安全\n\n李清华\n\n评论正文第一段。\n\n第二段。");
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      type: "COMMENTARY", column: "今日评论", headline: "依法治理保安全",
      author: "李清华", dateline: "", contributors: [],
    });
  });

  it("treats a ### straight under a ## headline as the subheadline", () => {
    expect(importPage("## 主题\n\n### ——记某某\n\n正文。").articles[0]).toMatchObject({ subheadline: "——记某某", type: "FEATURE" });
  });
});

describe("types and fragments", () => {
  it("calls a single short paragraph a BRIEF and more a NEWS story", () => {
    expect(story("本报讯(记者 张三)一段短消息。").type).toBe("BRIEF");
    expect(story("本报讯(记者 张三)第一段。\n\n第二段。").type).toBe("NEWS");
  });

  it("moves a paragraph-opening connective sentence to fragments", () => {
    const { articles, fragments } = importPage("# 标题\n\n第一段。\n\n进而完成任务。后文继续。");
    expect(articles[0]?.paragraphs).toEqual(["第一段。", "后文继续。"]);
    expect(fragments).toEqual([{ text: "进而完成任务。", afterArticle: 0, reason: { key: expect.any(String) } }]);
  });

  it("moves a lone short sentence after a layout gap to fragments", () => {
    const { fragments } = importPage("# 标题\n\n第一段。\n\n\n\n三零目标,持续营造环境。\n\n下一段。");
    expect(fragments.map((f) => f.text)).toEqual(["三零目标,持续营造环境。"]);
  });

  it("moves the first sentence under photos of a story without byline to fragments", () => {
    const page = "# 标题\n\n\n\n图片说明\n\n牌登记点,方便上牌。据了解,已上牌百辆。";
    const { articles, fragments } = importPage(page);
    expect(fragments.map((f) => f.text)).toEqual(["牌登记点,方便上牌。"]);
    expect(articles[0]?.paragraphs).toEqual(["据了解,已上牌百辆。"]);
  });

  it("keeps a short first sentence after a photo when the story has a byline", () => {
    const page = "# 标题\n\n本报讯(记者 张三)第一段。\n\n\n\n图片说明\n\n会议指出,形势严峻。要抓落实。";
    const { articles, fragments } = importPage(page);
    expect(fragments).toEqual([]);
    expect(articles[0]?.paragraphs).toEqual(["第一段。", "会议指出,形势严峻。要抓落实。"]);
  });
});

describe("event date", () => {
  it("uses the edition's year", () => {
    expect(findEventDate("11月1日,开发区召开会议", "2021-11-02")).toBe("2021-11-01");
  });

  it("rolls back a year when the month is after the edition's month", () => {
    expect(findEventDate("12月30日,会议召开", "2022-01-03")).toBe("2021-12-30");
    expect(findEventDate("1月2日,会议召开", "2022-01-03")).toBe("2022-01-02");
  });

  it("prefers an explicit year, and returns null when no date is stated", () => {
    expect(findEventDate("已于2020年9月1日施行", "2021-11-02")).toBe("2020-09-01");
    expect(findEventDate("今年以来,工作推进", "2021-11-02")).toBeNull();
  });

  it("defaults to the current date without an edition date", () => {
    expect(findEventDate("3月5日召开", undefined, new Date(2024, 5, 1))).toBe("2024-03-05");
  });
});
